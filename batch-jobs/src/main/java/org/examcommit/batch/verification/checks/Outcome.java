package org.examcommit.batch.verification.checks;

import java.util.Collection;

/** The result of checking a claim against an authority registry (DATA-CONTRACT §2). */
public enum Outcome {
    /** The registry holds a record that matches the claim. */
    PASS,
    /** The registry holds a record that contradicts the claim. */
    FAIL,
    /** The registry holds no record for the claim. */
    UNVERIFIABLE,
    /** Nothing was claimed (degree only). */
    NOT_CLAIMED;

    /** The worst of several row outcomes: FAIL, then UNVERIFIABLE, then PASS; {@code whenEmpty} when there are none. */
    static Outcome worst(Collection<Outcome> outcomes, Outcome whenEmpty) {
        if (outcomes.isEmpty()) {
            return whenEmpty;
        }
        if (outcomes.contains(FAIL)) {
            return FAIL;
        }
        return outcomes.contains(UNVERIFIABLE) ? UNVERIFIABLE : PASS;
    }
}
