package org.examcommit.registration.candidate;

import org.examcommit.registration.system.RuleViolationException;

/**
 * The registration photo rule: a JPEG of exactly {@value #WIDTH}x{@value #HEIGHT} pixels. The format
 * is judged from the bytes (the JPEG start-of-image marker and a frame header), never from a file
 * name or a declared content type; the size is read from the frame header without decoding pixels.
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
        return jpeg;
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
