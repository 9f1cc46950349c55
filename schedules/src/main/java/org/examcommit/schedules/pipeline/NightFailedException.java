package org.examcommit.schedules.pipeline;

/** A night (or a bare import) that did not finish: which stage, and why in one masked line. */
public class NightFailedException extends RuntimeException {

    private final String stage;

    NightFailedException(String stage, String reason, Throwable cause) {
        super(reason, cause);
        this.stage = stage;
    }

    /** The stage that failed, or null when the night could not start. */
    public String stage() {
        return stage;
    }
}
