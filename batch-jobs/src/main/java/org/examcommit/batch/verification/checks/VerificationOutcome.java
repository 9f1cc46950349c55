package org.examcommit.batch.verification.checks;

import java.util.Set;
import org.examcommit.contract.EligibilityOutcome;
import org.examcommit.contract.Outcome;
import org.examcommit.contract.ReasonCode;
import org.examcommit.contract.Route;

/** One row of verification_results (without its run date). */
public record VerificationOutcome(
        String applicationId,
        Outcome identity,
        Outcome education,
        Outcome degree,
        boolean socialWorkMajor,
        int claimedWorkMonths,
        int evidencedWorkMonths,
        EligibilityOutcome eligibility,
        Route route,
        Set<ReasonCode> reasons) {}
