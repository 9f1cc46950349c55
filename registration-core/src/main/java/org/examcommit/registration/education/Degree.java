package org.examcommit.registration.education;

/** A claimed degree (DATA-CONTRACT §1); null on a row means the same as NONE. */
public enum Degree {
    NONE,
    BACHELOR,
    MASTER,
    DOCTOR
}
