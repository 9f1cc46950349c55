package org.examcommit.batch.verification.checks;

import java.time.LocalDate;
import org.examcommit.contract.privacy.Masking;

/** The education registry's record of a certificate_no. */
public record EducationRecord(
        String idNumber, String name, String school, String major, String level, LocalDate graduationDate) {

    /** Masked: never shows the holder's id_number. */
    @Override
    public String toString() {
        return "EducationRecord[idNumber=" + Masking.idNumber(idNumber) + ", school=" + school + ", major=" + major
                + ", level=" + level + ", graduationDate=" + graduationDate + "]";
    }
}
