package org.examcommit.batch.verification.checks;

import org.examcommit.contract.EducationRow;
import org.examcommit.contract.Outcome;

/** A certificate that passes under a name_on_certificate other than the candidate's current name (NAME_CHANGED). */
public final class NameChange {

    private NameChange() {}

    /** Whether a certificate with this outcome passed under another name than the current one. */
    public static boolean passedUnderAnotherName(Candidate candidate, EducationRow claim, Outcome certificateOutcome) {
        return certificateOutcome == Outcome.PASS && !TextNormaliser.same(claim.nameOnCertificate(), candidate.name());
    }
}
