package mx.parlamentoabierto.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A page of known Spanish lines drawn as a picture (PNG), or placed as a picture only in a PDF with no text layer: what
 * a scanner gives the archive, made here for the OCR tests and the OCR line of {@code bench ingest}.
 */
public final class ScannedPage {

    private ScannedPage() {
    }

    public static byte[] png(List<String> lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture(lines), "png", out);
        return out.toByteArray();
    }

    /** A PDF of {@code pages} pages, each only the picture of the lines. */
    public static byte[] pdf(List<String> lines, int pages) throws IOException {
        BufferedImage picture = picture(lines);
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document, picture);
            for (int i = 0; i < pages; i++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.pdmodel.common.PDRectangle(612,
                        612f * picture.getHeight() / picture.getWidth()));
                document.addPage(page);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage picture(List<String> lines) {
        BufferedImage image = new BufferedImage(1700, 120 + lines.size() * 110, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        int y = 100;
        for (String line : lines) {
            g.drawString(line, 80, y);
            y += 110;
        }
        g.dispose();
        return image;
    }
}
