package org.examcommit.schedules.export;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The text rules of an exported CSV field (contract §6). */
public final class CsvFormat {

    private CsvFormat() {}

    /** RFC 4180: quoted (quotes doubled) only when the value holds a comma, quote, CR or LF; null is empty. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0
                || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** An array as its values joined by ';' (an empty array is an empty field). */
    static String joinArray(Object[] values) {
        return Arrays.stream(values).map(String::valueOf).collect(Collectors.joining(";"));
    }
}
