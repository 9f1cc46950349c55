package org.examcommit.contract.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many of a stratum are drawn (§4 step 4): k = ceil(ratio × n), exactly. The ratio is a decimal
 * ({@link BigDecimal}), never a double: 0.1 × 30 is 3, where binary floating point gives
 * 3.0000000000000004 and so 4.
 */
public final class SampleSize {

    private SampleSize() {}

    public static long of(BigDecimal ratio, long n) {
        if (n < 0) {
            throw new IllegalArgumentException("a stratum cannot hold " + n + " applications");
        }
        return ratio.multiply(BigDecimal.valueOf(n))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
    }

    /** A ratio as written in configuration or on a command line: a decimal above 0 and at most 1. */
    public static BigDecimal ratio(String text) {
        BigDecimal ratio;
        try {
            ratio = new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the ratio must be a decimal such as 0.05, not '" + text + "'");
        }
        if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the ratio must be above 0 and at most 1, not " + text);
        }
        return ratio;
    }
}
