package org.examcommit.batch.verification.checks;

import java.time.LocalDate;

/**
 * One education row as the candidate states it.
 *
 * @param degree NONE, BACHELOR, MASTER, DOCTOR or null (= NONE)
 * @param degreeCertificateNo null when the candidate gave none
 */
public record EducationClaim(
        int seq,
        EducationLevel level,
        String school,
        String major,
        LocalDate graduationDate,
        String certificateNo,
        String degree,
        String degreeCertificateNo,
        String nameOnCertificate) {

    /** Whether this row claims a degree (degree not null and not NONE). */
    public boolean claimsDegree() {
        return degree != null && !degree.isBlank() && !"NONE".equals(degree.strip());
    }
}
