package org.examcommit.batch.verification.checks;

import org.examcommit.contract.Outcome;

/** The identity check: the identity registry's name for the candidate's id_number against the registered name. */
public final class IdentityCheck {

    private IdentityCheck() {}

    /** PASS when the names agree, FAIL when they differ, UNVERIFIABLE when the registry has no record (null). */
    public static Outcome check(Candidate candidate, String registryName) {
        if (registryName == null) {
            return Outcome.UNVERIFIABLE;
        }
        return TextNormaliser.same(registryName, candidate.name()) ? Outcome.PASS : Outcome.FAIL;
    }
}
