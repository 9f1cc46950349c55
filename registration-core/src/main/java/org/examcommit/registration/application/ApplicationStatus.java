package org.examcommit.registration.application;

/**
 * Where an application stands. SUBMITTED, then AWAITING_ONLINE_VERIFICATION at once; the nightly
 * verification routes it EXEMPT or ONSITE_REQUIRED; an officer's on-site PASS makes it VERIFIED, a
 * FAIL (or a REGISTRATION_VOID disposition) VOID; the candidate confirms (CONFIRMED) and pays (PAID);
 * missing the on-site verification deadline makes it GIVEN_UP; the candidate may cancel it before payment
 * (CANCELLED). The nightly verification takes only AWAITING_ONLINE_VERIFICATION applications and moves only
 * those in online verification, so a closed one (VOID, GIVEN_UP, CANCELLED) is never verified again.
 */
public enum ApplicationStatus {
    SUBMITTED,
    AWAITING_ONLINE_VERIFICATION,
    EXEMPT,
    ONSITE_REQUIRED,
    VERIFIED,
    CONFIRMED,
    PAID,
    VOID,
    GIVEN_UP,
    CANCELLED;

    /** Verification passed: online (EXEMPT) or on site (VERIFIED), and possibly confirmed since. */
    public boolean verificationPassed() {
        return this == EXEMPT || this == VERIFIED || this == CONFIRMED;
    }

    /** No further step is possible. */
    public boolean closed() {
        return this == VOID || this == GIVEN_UP || this == CANCELLED;
    }
}
