package org.examcommit.batch.verification.checks;

/** The candidate's commitment on an application. */
public enum Commitment {
    COMMITTED,
    NOT_CHOSEN,
    WITHDRAWN,
    NOT_APPLICABLE
}
