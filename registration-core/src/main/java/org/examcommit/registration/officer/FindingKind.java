package org.examcommit.registration.officer;

import org.examcommit.contract.FlagPattern;

/**
 * What a finding is about, from a fixed list: every smart-supervision pattern of DATA-CONTRACT §3 (by the same
 * name as {@link FlagPattern}), a random check's result, a failed on-site verification, and a public report.
 */
public enum FindingKind {
    IDENTITY_MISMATCH,
    CERT_NOT_FOUND,
    CERT_MISMATCH,
    CERT_SHARED,
    WORK_YEARS_INFLATED,
    WORK_OVERLAP,
    WORK_BEFORE_16,
    PHONE_SHARED,
    DUPLICATE_APPLICATION,
    EMPLOYER_CLUSTER,
    REPORTED,
    ANOMALY,
    /** Found by the random check of exempt applications (DATA-CONTRACT §4). */
    RANDOM_CHECK,
    /** Found at the on-site verification. */
    ONSITE_FAIL,
    /** A report from the public or another authority. */
    REPORT;

    /** The finding kind of a smart-supervision pattern. */
    public static FindingKind of(FlagPattern pattern) {
        return valueOf(pattern.name());
    }
}
