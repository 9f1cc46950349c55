package org.examcommit.schedules.report;

/**
 * Disclosure control for the report and every public aggregate: a cell counting fewer than {@link
 * #MIN_SHOWN} candidates shows {@code "<5"} instead of its number, so that nobody can be singled out
 * from a small province, exam or reason.
 */
public final class Disclosure {

    /** The smallest count shown as a number. */
    public static final int MIN_SHOWN = 5;

    /** What a count cell shows. */
    public static final String SUPPRESSED = "<" + MIN_SHOWN;

    private Disclosure() {}

    /** The count as shown: the number from {@link #MIN_SHOWN} up, {@code "<5"} for 1 to 4, "0" for none. */
    public static String shown(long count) {
        return count > 0 && count < MIN_SHOWN ? SUPPRESSED : Long.toString(count);
    }

    /** The count as stored in the report's Parquet: null where the cell is suppressed. */
    public static Long stored(long count) {
        return count > 0 && count < MIN_SHOWN ? null : count;
    }

    /** The count as a chart may draw it: a suppressed cell is drawn as nothing, so its length tells nothing. */
    public static long drawn(long count) {
        return count > 0 && count < MIN_SHOWN ? 0 : count;
    }
}
