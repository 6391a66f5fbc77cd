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

/** A page of known Spanish lines drawn as a picture (PNG): what a scanner gives the archive, made here for the OCR tests. */
public final class ScannedPage {

    private ScannedPage() {
    }

    public static byte[] png(List<String> lines) throws IOException {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
