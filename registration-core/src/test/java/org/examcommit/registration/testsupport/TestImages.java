package org.examcommit.registration.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images for photo tests, encoded by the JDK's ImageIO. */
public final class TestImages {

    private TestImages() {}

    /** A real JPEG of the given pixel size: a blue figure on a white background, as a registration photo is. */
    public static byte[] jpeg(int width, int height) {
        return encode("jpg", width, height, Color.WHITE);
    }

    /** A real JPEG of the given pixel size with the figure on another background. */
    public static byte[] jpeg(int width, int height, Color background) {
        return encode("jpg", width, height, background);
    }

    /** A real PNG of the given pixel size. */
    public static byte[] png(int width, int height) {
        return encode("png", width, height, Color.WHITE);
    }

    private static byte[] encode(String format, int width, int height, Color background) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 90, 200));
        g.fillOval(width / 4, height / 5, width / 2, height / 3);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
