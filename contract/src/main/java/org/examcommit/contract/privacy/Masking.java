package org.examcommit.contract.privacy;

/**
 * Masking of personal data on public lists and in logs (DATA-CONTRACT §5). Counting is by Unicode
 * code point, so rare characters outside the BMP and middle dots count as one character each.
 */
public final class Masking {

    private Masking() {}

    /** The first character, then one '*' per remaining character (张三 -> 张*, 欧阳娜娜 -> 欧***). */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int count = name.codePointCount(0, name.length());
        if (count < 2) {
            return "*".repeat(count);
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + "*".repeat(count - 1);
    }

    /** First 6 characters, 8 '*', last 4 (110101********1234); a shorter value is all stars. */
    public static String idNumber(String id) {
        return keep(id, 6, 8, 4);
    }

    /** First 3, '****', last 4 (138****5678); a shorter value is all stars. */
    public static String phone(String phone) {
        return keep(phone, 3, 4, 4);
    }

    private static String keep(String value, int head, int stars, int tail) {
        if (value == null) {
            return null;
        }
        int count = value.codePointCount(0, value.length());
        if (count < head + tail + 1) {
            return "*".repeat(count);
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(0, count - tail);
        return value.substring(0, headEnd) + "*".repeat(stars) + value.substring(tailStart);
    }
}
