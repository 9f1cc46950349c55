package org.examcommit.batch.verification.checks;

import org.examcommit.contract.privacy.Masking;

/** The candidate as registered: id_number and current name. */
public record Candidate(String idNumber, String name) {

    /** Masked: a candidate printed in a log or an exception never shows the id_number. */
    @Override
    public String toString() {
        return "Candidate[idNumber=" + Masking.idNumber(idNumber) + ", name=" + Masking.name(name) + "]";
    }
}
