package org.examcommit.batch.verification.checks;

import java.time.LocalDate;

/** The education registry's record of a certificate_no. */
public record EducationRecord(String idNumber, String name, String school, String major, String level,
        LocalDate graduationDate) {
}
