package org.examcommit.schedules.report;

/**
 * Disclosure control for the report and every public aggregate: a cell counting fewer than {@link
 * #MIN_SHOWN} candidates shows {@code "<5"} instead of its number, so that nobody can be singled out
 * from a small province, exam or reason. In a table whose row or column totals are published too, a
 * hidden cell could be worked out from its total and the shown cells beside it, so {@link Grid} hides
 * a second cell of that line as well (complementary suppression).
 */
public final class Disclosure {

    /** The smallest count shown as a number. */
    public static final int MIN_SHOWN = 5;

    /** What a count cell shows. */
    public static final String SUPPRESSED = "<" + MIN_SHOWN;

    /** What a cell hidden to protect a small cell of its row or column shows (it is not small itself). */
    public static final String COMPLEMENTARY = "*";

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

    /**
     * A table of counts (rows × columns) whose row and column totals are published elsewhere: the small
     * cells hidden, and, on every row or column left with exactly one hidden cell, a second one hidden too
     * (its smallest shown non-zero cell that is not alone on its crossing line, else its smallest shown
     * non-zero cell), repeated until no line with another non-zero cell has a lone hidden one. Not
     * protected: a hidden cell whose crossing lines hold nothing else (the totals shown elsewhere on the
     * page give it away; only hiding those totals would help, which this table cannot do).
     */
    public static final class Grid {

        private final long[][] counts;
        private final boolean[][] hidden;

        private Grid(long[][] counts, boolean[][] hidden) {
            this.counts = counts;
            this.hidden = hidden;
        }

        public static Grid of(long[][] counts) {
            int rows = counts.length;
            int columns = rows == 0 ? 0 : counts[0].length;
            boolean[][] hidden = new boolean[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    hidden[r][c] = counts[r][c] > 0 && counts[r][c] < MIN_SHOWN;
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int r = 0; r < rows; r++) {
                    final int row = r;
                    changed |= protect(
                            columns,
                            c -> counts[row][c],
                            c -> hidden[row][c],
                            c -> otherNonZero(rows, r2 -> counts[r2][c], row),
                            c -> hidden[row][c] = true);
                }
                for (int c = 0; c < columns; c++) {
                    final int column = c;
                    changed |= protect(
                            rows,
                            r -> counts[r][column],
                            r -> hidden[r][column],
                            r -> otherNonZero(columns, c2 -> counts[r][c2], column),
                            r -> hidden[r][column] = true);
                }
            }
            return new Grid(counts, hidden);
        }

        /**
         * On one line: when exactly one cell is hidden, hides the smallest shown non-zero one whose crossing
         * line has another non-zero cell (one alone on its crossing line would be given away by that line's
         * total, and with it the cell it protects); true if it hid one.
         */
        private static boolean protect(
                int size,
                java.util.function.IntToLongFunction count,
                java.util.function.IntPredicate isHidden,
                java.util.function.IntPredicate notAloneAcross,
                java.util.function.IntConsumer hide) {
            int hiddenCells = 0;
            int smallest = -1;
            int smallestAlone = -1;
            for (int i = 0; i < size; i++) {
                long n = count.applyAsLong(i);
                if (isHidden.test(i)) {
                    hiddenCells++;
                } else if (n > 0 && notAloneAcross.test(i)) {
                    smallest = smallest < 0 || n < count.applyAsLong(smallest) ? i : smallest;
                } else if (n > 0) {
                    smallestAlone = smallestAlone < 0 || n < count.applyAsLong(smallestAlone) ? i : smallestAlone;
                }
            }
            // failing a cell that is not alone across, one that is: better than none (see the class comment)
            int complement = smallest >= 0 ? smallest : smallestAlone;
            if (hiddenCells != 1 || complement < 0) {
                return false;
            }
            hide.accept(complement);
            return true;
        }

        /** Whether another cell than {@code skip} of the line is non-zero. */
        private static boolean otherNonZero(int size, java.util.function.IntToLongFunction count, int skip) {
            for (int i = 0; i < size; i++) {
                if (i != skip && count.applyAsLong(i) > 0) {
                    return true;
                }
            }
            return false;
        }

        public boolean hidden(int row, int column) {
            return hidden[row][column];
        }

        /** The cell as shown: its number, "<5" when small, "*" when hidden to protect another. */
        public String shown(int row, int column) {
            long n = counts[row][column];
            if (!hidden[row][column]) {
                return Long.toString(n);
            }
            return n < MIN_SHOWN ? SUPPRESSED : COMPLEMENTARY;
        }

        /** The cell as a chart draws it: nothing when hidden. */
        public long drawn(int row, int column) {
            return hidden[row][column] ? 0 : counts[row][column];
        }
    }
}
