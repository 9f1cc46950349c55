package org.examcommit.batch.verification.checks;

import org.examcommit.contract.privacy.Masking;

/** The degree registry's record of a certificate_no (the award date is not compared: the claim carries none). */
public record DegreeRecord(String idNumber, String name, String degree, String school, String major) {

    /** Masked: never shows the holder's id_number. */
    @Override
    public String toString() {
        return "DegreeRecord[idNumber=" + Masking.idNumber(idNumber) + ", degree=" + degree + ", school=" + school
                + ", major=" + major + "]";
    }
}
