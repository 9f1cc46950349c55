package org.examcommit.batch.verification.checks;

/** Where an application goes after the online verification. */
public enum Route {
    /** Committed, everything verified online, not barred: no on-site verification. */
    EXEMPT,
    /** The candidate brings paper proofs on site. */
    ONSITE
}
