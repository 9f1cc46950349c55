package org.examcommit.registration.candidate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.examcommit.registration.system.RuleViolationException;

/**
 * The registration photo rule: a JPEG of exactly {@value #WIDTH}x{@value #HEIGHT} pixels on a white background.
 * The format is judged from the bytes (the JPEG start-of-image marker and a frame header), never from a file
 * name or a declared content type; the size is read from the frame header; then the whole image is decoded (a
 * file cut short, which still has a readable header, is refused) and its background judged: the top rows and the
 * side columns of the upper half must be white ({@link #background}).
 */
public final class PhotoCheck {

    public static final int WIDTH = 295;
    public static final int HEIGHT = 413;

    private PhotoCheck() {}

    /** What the bytes are: a JPEG with its pixel size, or not a (readable) JPEG and why. */
    public sealed interface Finding {}

    /** A JPEG whose frame header gives this width and height. */
    public record Jpeg(int width, int height) implements Finding {}

    /** Not a JPEG; {@code looksLike} names the format the bytes start like, or "unknown". */
    public record NotJpeg(String looksLike) implements Finding {}

    /** Starts like a JPEG but has no readable frame header. */
    public record Unreadable(String reason) implements Finding {}

    /** Accepts the photo or refuses it with rule {@code photo.format} or {@code photo.dimensions}. */
    public static Jpeg check(byte[] bytes) {
        Finding finding = inspect(bytes);
        if (finding instanceof NotJpeg n) {
            throw RuleViolationException.badInput(
                    "file",
                    "photo.format",
                    "The photo must be a JPEG image; these bytes are not a JPEG (they look like " + n.looksLike()
                            + ")");
        }
        if (finding instanceof Unreadable u) {
            throw RuleViolationException.badInput(
                    "file", "photo.format", "The photo is not a readable JPEG: " + u.reason());
        }
        Jpeg jpeg = (Jpeg) finding;
        if (jpeg.width() != WIDTH || jpeg.height() != HEIGHT) {
            throw RuleViolationException.badInput(
                    "file",
                    "photo.dimensions",
                    "The photo is " + jpeg.width() + "x" + jpeg.height() + " pixels; it must be exactly " + WIDTH + "x"
                            + HEIGHT + " (width x height)");
        }
        BufferedImage image = decodeFully(bytes);
        if (!whiteBackground(image)) {
            throw RuleViolationException.badInput(
                    "file",
                    "photo.background",
                    "The photo's background must be white (at least " + (int) (WHITE_SHARE * 100)
                            + "% of the pixels along the top and the upper sides nearly white)");
        }
        return jpeg;
    }

    /** A pixel counts as white when each channel is at least this bright ... */
    static final int WHITE_MIN = 200;
    /** ... and the channels differ by at most this much (no pale colour). */
    static final int WHITE_SPREAD = 40;
    /** The share of background pixels that must be white. */
    static final double WHITE_SHARE = 0.9;
    /** The background strips: this many pixels from the top and from each side. */
    static final int STRIP = 12;

    /** Decodes every pixel; a warning of the decoder (data cut short, corrupt) or an error refuses the photo. */
    static BufferedImage decodeFully(byte[] bytes) {
        if (!hasEndMarker(bytes)) {
            throw RuleViolationException.badInput(
                    "file", "photo.format", "The photo is not a complete JPEG (its end marker is missing)");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
            ImageReader reader = readers.next();
            try {
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((r, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                BufferedImage image = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new IOException(warnings.get(0));
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolationException r) {
                throw r;
            }
            throw RuleViolationException.badInput(
                    "file", "photo.format", "The photo's image data cannot be decoded completely");
        }
    }

    /** An EOI marker (FF D9) somewhere: entropy-coded data stuffs every FF with 00, so a cut file has none. */
    private static boolean hasEndMarker(byte[] b) {
        for (int i = b.length - 2; i >= 2; i--) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    /** True when the top strip and the side strips of the upper half are white enough. */
    static boolean whiteBackground(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        long white = 0;
        long all = 0;
        for (int y = 0; y < h / 2; y++) {
            for (int x = 0; x < w; x++) {
                if (y >= STRIP && x >= STRIP && x < w - STRIP) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                int min = Math.min(r, Math.min(g, b));
                int max = Math.max(r, Math.max(g, b));
                all++;
                if (min >= WHITE_MIN && max - min <= WHITE_SPREAD) {
                    white++;
                }
            }
        }
        return all > 0 && white >= WHITE_SHARE * all;
    }

    /** Reads the format and, for a JPEG, the pixel size from its first frame header (SOF0..SOF15). */
    public static Finding inspect(byte[] b) {
        if (b.length < 3 || u(b, 0) != 0xFF || u(b, 1) != 0xD8 || u(b, 2) != 0xFF) {
            return new NotJpeg(guess(b));
        }
        int i = 2;
        while (i < b.length) {
            if (u(b, i) != 0xFF) {
                return new Unreadable("a marker is missing at byte " + i);
            }
            while (i < b.length && u(b, i) == 0xFF) {
                i++; // fill bytes before a marker
            }
            if (i >= b.length) {
                break;
            }
            int marker = u(b, i++);
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // markers without a length
            }
            if (marker == 0xD9 || marker == 0xDA) {
                return new Unreadable("the image data starts before any frame header");
            }
            if (i + 2 > b.length) {
                break;
            }
            int length = (u(b, i) << 8) | u(b, i + 1);
            if (length < 2) {
                return new Unreadable("a segment length is invalid");
            }
            if (isFrameHeader(marker)) {
                if (i + 7 > b.length) {
                    break;
                }
                int height = (u(b, i + 3) << 8) | u(b, i + 4);
                int width = (u(b, i + 5) << 8) | u(b, i + 6);
                if (width == 0 || height == 0) {
                    return new Unreadable("the frame header gives no pixel size");
                }
                return new Jpeg(width, height);
            }
            i += length;
        }
        return new Unreadable("the file ends before its frame header");
    }

    private static boolean isFrameHeader(int marker) {
        // C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) share the range but are not frames.
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    private static String guess(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(b, 'B', 'M')) {
            return "BMP";
        }
        if (startsWith(b, 'R', 'I', 'F', 'F')
                && b.length >= 12
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return "WebP";
        }
        if (startsWith(b, 'I', 'I', 0x2A, 0x00) || startsWith(b, 'M', 'M', 0x00, 0x2A)) {
            return "TIFF";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "HEIF/MP4";
        }
        return b.length == 0 ? "an empty file" : "an unknown format";
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (u(b, i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
