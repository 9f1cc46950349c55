package org.examcommit.batch.verification.checks;

import java.util.EnumSet;
import java.util.Set;
import org.examcommit.contract.Commitment;
import org.examcommit.contract.EligibilityOutcome;
import org.examcommit.contract.Outcome;
import org.examcommit.contract.ReasonCode;
import org.examcommit.contract.Route;

/** Every cause of an ONSITE route, each whenever its condition holds, whatever the commitment. */
public final class Routing {

    private Routing() {}

    /** The facts the route depends on. */
    public record Facts(
            Commitment commitment,
            Outcome identity,
            Outcome education,
            Outcome degree,
            EligibilityOutcome eligibility,
            boolean nameChanged,
            boolean archiveBarred) {}

    /** The reason codes that hold; empty means EXEMPT. */
    public static Set<ReasonCode> reasons(Facts facts) {
        EnumSet<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
        switch (facts.commitment()) {
            case NOT_CHOSEN -> reasons.add(ReasonCode.NOT_CHOSEN);
            case WITHDRAWN -> reasons.add(ReasonCode.WITHDRAWN);
            case NOT_APPLICABLE -> reasons.add(ReasonCode.NOT_APPLICABLE);
            case COMMITTED -> {
                // committing is not a cause
            }
        }
        addOutcome(reasons, facts.identity(), ReasonCode.IDENTITY_FAIL, ReasonCode.IDENTITY_UNVERIFIABLE);
        addOutcome(reasons, facts.education(), ReasonCode.EDUCATION_FAIL, ReasonCode.EDUCATION_UNVERIFIABLE);
        addOutcome(reasons, facts.degree(), ReasonCode.DEGREE_FAIL, ReasonCode.DEGREE_UNVERIFIABLE);
        if (facts.eligibility() == EligibilityOutcome.INELIGIBLE) {
            reasons.add(ReasonCode.INELIGIBLE);
        } else if (facts.eligibility() == EligibilityOutcome.UNDETERMINED) {
            reasons.add(ReasonCode.UNDETERMINED);
        }
        if (facts.nameChanged()) {
            reasons.add(ReasonCode.NAME_CHANGED);
        }
        if (facts.archiveBarred()) {
            reasons.add(ReasonCode.ARCHIVE_BARRED);
        }
        return reasons;
    }

    /** EXEMPT when no reason holds, else ONSITE. */
    public static Route route(Set<ReasonCode> reasons) {
        return reasons.isEmpty() ? Route.EXEMPT : Route.ONSITE;
    }

    private static void addOutcome(Set<ReasonCode> reasons, Outcome outcome, ReasonCode fail, ReasonCode unverifiable) {
        if (outcome == Outcome.FAIL) {
            reasons.add(fail);
        } else if (outcome == Outcome.UNVERIFIABLE) {
            reasons.add(unverifiable);
        }
    }
}
