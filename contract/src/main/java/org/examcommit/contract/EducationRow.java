package org.examcommit.contract;

import java.time.LocalDate;

/**
 * One row of the contract's education dataset (seq 1..5) as the candidate states it: what the registration
 * service stores and what the nightly checks compare with the registries.
 *
 * @param degree null means NONE
 * @param degreeCertificateNo null when the candidate gave none
 */
public record EducationRow(
        int seq,
        EducationLevel level,
        String school,
        String major,
        LocalDate graduationDate,
        String certificateNo,
        Degree degree,
        String degreeCertificateNo,
        String nameOnCertificate) {

    /** Whether this row claims a degree (degree not null and not NONE). */
    public boolean claimsDegree() {
        return Degree.claimed(degree);
    }
}
