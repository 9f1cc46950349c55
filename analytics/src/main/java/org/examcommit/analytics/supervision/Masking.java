package org.examcommit.analytics.supervision;

/**
 * Masking of names, id numbers and phones on public lists and in evidence (DATA-CONTRACT §5). Kept
 * here, Spring-free, because the analytics JVM carries no registration-core.
 */
public final class Masking {

    private Masking() {}

    /** The first character, then one {@code *} per remaining code point (张三 -> 张*). */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int count = name.codePointCount(0, name.length());
        if (count < 2) {
            return "*";
        }
        int firstEnd = name.offsetByCodePoints(0, 1);
        return name.substring(0, firstEnd) + "*".repeat(count - 1);
    }

    /** First 6 characters, 8 {@code *}, last 4 (110101********1234); shorter values become all {@code *}. */
    public static String idNumber(String idNumber) {
        return keepEnds(idNumber, 6, 8, 4);
    }

    /** First 3, {@code ****}, last 4. */
    public static String phone(String phone) {
        return keepEnds(phone, 3, 4, 4);
    }

    private static String keepEnds(String value, int head, int stars, int tail) {
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
