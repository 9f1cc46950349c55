package org.examcommit.registration.education;

import java.time.LocalDate;

/** A stored education row (seq 1..5), as the contract's education dataset holds it. */
public record EducationRow(
        int seq,
        EducationLevel level,
        String school,
        String major,
        LocalDate graduationDate,
        String certificateNo,
        Degree degree,
        String degreeCertificateNo,
        String nameOnCertificate) {}
