package org.examcommit.batch.verification.checks;

/** Kinds of misconduct in the integrity archive. */
public enum Violation {
    FALSE_COMMITMENT,
    SERIOUS,
    VERY_SERIOUS
}
