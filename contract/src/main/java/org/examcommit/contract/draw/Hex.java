package org.examcommit.contract.draw;

import java.util.HexFormat;

/** Lowercase hex, as every hash, seed and ticket of §4 is written. */
public final class Hex {

    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {}

    public static String of(byte[] bytes) {
        return LOWER.formatHex(bytes);
    }

    /** The bytes of a hex text (either case); an odd length or a non-hex character is refused. */
    public static byte[] parse(String hex) {
        if (hex == null || hex.length() % 2 != 0) {
            throw new IllegalArgumentException("not hex: an even number of hex digits is needed");
        }
        try {
            return LOWER.parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not hex: only 0-9 and a-f are allowed");
        }
    }
}
