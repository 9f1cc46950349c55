package org.examcommit.batch.bundle;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * A set of calendar months as a bitmap (month index = year * 12 + month - 1), sized to the months it
 * holds: a hundred consecutive months take two or three longs. Adding a month twice changes nothing.
 */
final class MonthSet {

    private int base = -1;
    private long[] words = new long[2];

    static int index(int year, int month) {
        return year * 12 + month - 1;
    }

    void add(int month) {
        if (base < 0) {
            base = month & ~63;
        }
        if (month < base) {
            int shift = ((base - month + 63) >>> 6);
            long[] grown = new long[words.length + shift];
            System.arraycopy(words, 0, grown, shift, words.length);
            words = grown;
            base -= shift << 6;
        }
        int offset = month - base;
        int word = offset >>> 6;
        if (word >= words.length) {
            words = Arrays.copyOf(words, Math.max(word + 1, words.length * 2));
        }
        words[word] |= 1L << (offset & 63);
    }

    /** Calls {@code span} with the first and last month of each run of consecutive months, in order. */
    void forEachRun(BiConsumer<Integer, Integer> span) {
        int runStart = -1;
        int total = words.length << 6;
        for (int offset = 0; offset <= total; offset++) {
            boolean set = offset < total && (words[offset >>> 6] & (1L << (offset & 63))) != 0;
            if (set && runStart < 0) {
                runStart = offset;
            } else if (!set && runStart >= 0) {
                span.accept(base + runStart, base + offset - 1);
                runStart = -1;
            }
        }
    }
}
