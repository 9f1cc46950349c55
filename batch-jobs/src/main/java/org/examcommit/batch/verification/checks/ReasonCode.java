package org.examcommit.batch.verification.checks;

/** The causes of an ONSITE route (DATA-CONTRACT §2), in the order they are listed. */
public enum ReasonCode {
    NOT_CHOSEN,
    WITHDRAWN,
    NOT_APPLICABLE,
    IDENTITY_FAIL,
    IDENTITY_UNVERIFIABLE,
    EDUCATION_FAIL,
    EDUCATION_UNVERIFIABLE,
    DEGREE_FAIL,
    DEGREE_UNVERIFIABLE,
    INELIGIBLE,
    UNDETERMINED,
    NAME_CHANGED,
    ARCHIVE_BARRED
}
