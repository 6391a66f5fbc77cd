package mx.parlamentoabierto.tikaworker;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Scanned pages made here for the OCR tests: known Spanish lines drawn on a white page as a picture (PNG, TIFF) and
 * placed, as pictures only, in a PDF — a page without any text layer, the way a scanner produces it.
 */
final class ScannedPages {

    static final List<String> LINES = List.of("DIARIO DE LOS DEBATES", "Sesión ordinaria del jueves 21 de diciembre de 2006",
            "La Presidenta diputada Ruth Zavaleta Salgado:", "Se abre la sesión con la asistencia de 402 diputadas y diputados.",
            "Dictamen de la Comisión de Hacienda y Crédito Público.");

    private ScannedPages() {
    }

    static BufferedImage page(List<String> lines) {
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

    static Path image(Path dir, String format) throws IOException {
        Path file = dir.resolve("pagina." + format);
        ImageIO.write(page(LINES), format, file.toFile());
        return file;
    }

    /** A PDF of {@code pages} pages, each only a picture of the lines (no text layer). */
    static Path pdf(Path dir, int pages) throws IOException {
        Path file = dir.resolve("escaneado-" + pages + ".pdf");
        BufferedImage picture = page(LINES);
        try (PDDocument document = new PDDocument()) {
            PDImageXObject image = LosslessFactory.createFromImage(document, picture);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(new PDRectangle(612, 612f * picture.getHeight() / picture.getWidth()));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            document.save(file.toFile());
        }
        return file;
    }
}
