package org.examcommit.schedules.pipeline;

/**
 * What a stage did: the counts line the run history keeps, the stage's own report for the command that
 * prints it, and the items it read, wrote and skipped (for the metrics; -1 where a stage does not count
 * them).
 */
public record StageOutcome(String summary, Object report, long read, long written, long skipped) {

    /** A stage that reports a summary line only. */
    public static StageOutcome of(String summary, Object report) {
        return new StageOutcome(summary, report, -1, -1, -1);
    }
}
