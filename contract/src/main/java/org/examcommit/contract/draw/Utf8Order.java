package org.examcommit.contract.draw;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Texts by the unsigned bytes of their UTF-8, the order §4 names. {@link String#compareTo} compares
 * UTF-16 units, which differs for characters beyond U+FFFF; PostgreSQL's {@code COLLATE "C"} and
 * Spark's string order are byte orders, and so is this.
 */
public enum Utf8Order implements Comparator<String> {
    INSTANCE;

    @Override
    public int compare(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
