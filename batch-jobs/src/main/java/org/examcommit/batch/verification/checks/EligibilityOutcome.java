package org.examcommit.batch.verification.checks;

/** Whether an application meets a rule of its exam and level (DATA-CONTRACT §2). */
public enum EligibilityOutcome {
    /** A rule is met by verified (PASS) education rows and evidenced social-work months. */
    ELIGIBLE,
    /** No rule would be met even if every claim were true; also when the exam and level have no rules. */
    INELIGIBLE,
    /** The claims would qualify, the evidence does not confirm them. */
    UNDETERMINED
}
