package org.examcommit.batch.bundle;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The cleaned text of a bundle's dates, timestamps and free text, as {@link LocalDate#parse},
 * {@link OffsetDateTime#parse} and NFKC give it, with a fast path for the shapes nearly every row has:
 * a million-row dataset holds millions of them, and the general parsers cost microseconds each. Each
 * fast path gives exactly what the general one gives (IsoTextTest compares them) and hands every other
 * shape to it.
 */
final class IsoText {

    private IsoText() {}

    /** The ISO date as LocalDate prints it, or null when it is not one. */
    static String date(String v) {
        if (isPlainDate(v, 0) && v.length() == 10) {
            return v;
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The ISO-8601 timestamp with offset as OffsetDateTime prints it, or null when it is not one. */
    static String timestamp(String v) {
        String fast = plainTimestamp(v);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** NFKC-normalised and stripped; printable ASCII and CJK unified ideographs are already NFKC. */
    static String nfkcStripped(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= 0x20 && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF)) {
                return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
            }
        }
        return raw.strip();
    }

    /** yyyy-MM-ddTHH:mm:ss followed by Z or ±HH:MM, in range; printed as OffsetDateTime does. */
    private static String plainTimestamp(String v) {
        int n = v.length();
        if ((n != 20 && n != 25) || !isPlainDate(v, 0) || v.charAt(10) != 'T') {
            return null;
        }
        int hour = two(v, 11);
        int minute = two(v, 14);
        int second = two(v, 17);
        if (v.charAt(13) != ':'
                || v.charAt(16) != ':'
                || !within(hour, 23)
                || !within(minute, 59)
                || !within(second, 59)) {
            return null;
        }
        String offset;
        if (n == 20) {
            if (v.charAt(19) != 'Z') {
                return null;
            }
            offset = "Z";
        } else {
            char sign = v.charAt(19);
            int oh = two(v, 20);
            int om = two(v, 23);
            if ((sign != '+' && sign != '-')
                    || v.charAt(22) != ':'
                    || !within(oh, 18)
                    || !within(om, 59)
                    || (oh == 18 && om > 0)) {
                return null;
            }
            offset = oh == 0 && om == 0 ? "Z" : v.substring(19);
        }
        // OffsetDateTime prints the seconds only when they are not zero
        return (second == 0 ? v.substring(0, 16) : v.substring(0, 19)) + offset;
    }

    /** yyyy-MM-dd at {@code at}, a real calendar day. */
    private static boolean isPlainDate(String v, int at) {
        if (v.length() < at + 10 || v.charAt(at + 4) != '-' || v.charAt(at + 7) != '-') {
            return false;
        }
        int year = two(v, at) * 100 + two(v, at + 2);
        int month = two(v, at + 5);
        int day = two(v, at + 8);
        return year >= 0
                && month >= 1
                && month <= 12
                && day >= 1
                && day <= LocalDate.of(year, month, 1).lengthOfMonth();
    }

    private static boolean within(int n, int max) {
        return n >= 0 && n <= max;
    }

    /** Two ASCII digits at {@code at} as a number, or a large negative number when they are not. */
    private static int two(String v, int at) {
        char a = v.charAt(at);
        char b = v.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -10_000;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
