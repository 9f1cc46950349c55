package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.examcommit.contract.Commitment;
import org.examcommit.contract.EligibilityOutcome;
import org.examcommit.contract.Outcome;
import org.examcommit.contract.ReasonCode;
import org.examcommit.contract.Route;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static Routing.Facts clean() {
        return new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.PASS,
                Outcome.PASS,
                Outcome.PASS,
                EligibilityOutcome.ELIGIBLE,
                false,
                false);
    }

    @Test
    void isExemptWhenCommittedVerifiedAndNotBarred() {
        assertThat(Routing.reasons(clean())).isEmpty();
        assertThat(Routing.route(Routing.reasons(clean()))).isEqualTo(Route.EXEMPT);
    }

    @Test
    void aDegreeNotClaimedIsNoReason() {
        Routing.Facts f = new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.PASS,
                Outcome.PASS,
                Outcome.NOT_CLAIMED,
                EligibilityOutcome.ELIGIBLE,
                false,
                false);
        assertThat(Routing.reasons(f)).isEmpty();
    }

    @Test
    void namesEachCommitmentOtherThanCommitted() {
        for (Commitment c : new Commitment[] {Commitment.NOT_CHOSEN, Commitment.WITHDRAWN, Commitment.NOT_APPLICABLE}) {
            Routing.Facts f = new Routing.Facts(
                    c, Outcome.PASS, Outcome.PASS, Outcome.PASS, EligibilityOutcome.ELIGIBLE, false, false);
            assertThat(Routing.reasons(f)).containsExactly(ReasonCode.valueOf(c.name()));
            assertThat(Routing.route(Routing.reasons(f))).isEqualTo(Route.ONSITE);
        }
    }

    @Test
    void namesIdentityEducationAndDegreeFailures() {
        Routing.Facts f = new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.FAIL,
                Outcome.FAIL,
                Outcome.FAIL,
                EligibilityOutcome.ELIGIBLE,
                false,
                false);
        assertThat(Routing.reasons(f))
                .containsExactlyInAnyOrder(ReasonCode.IDENTITY_FAIL, ReasonCode.EDUCATION_FAIL, ReasonCode.DEGREE_FAIL);
    }

    @Test
    void namesIdentityEducationAndDegreeUnverifiable() {
        Routing.Facts f = new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.UNVERIFIABLE,
                Outcome.UNVERIFIABLE,
                Outcome.UNVERIFIABLE,
                EligibilityOutcome.ELIGIBLE,
                false,
                false);
        assertThat(Routing.reasons(f))
                .containsExactlyInAnyOrder(
                        ReasonCode.IDENTITY_UNVERIFIABLE,
                        ReasonCode.EDUCATION_UNVERIFIABLE,
                        ReasonCode.DEGREE_UNVERIFIABLE);
    }

    @Test
    void namesIneligibleAndUndetermined() {
        Routing.Facts ineligible = new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.PASS,
                Outcome.PASS,
                Outcome.PASS,
                EligibilityOutcome.INELIGIBLE,
                false,
                false);
        Routing.Facts undetermined = new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.PASS,
                Outcome.PASS,
                Outcome.PASS,
                EligibilityOutcome.UNDETERMINED,
                false,
                false);
        assertThat(Routing.reasons(ineligible)).containsExactly(ReasonCode.INELIGIBLE);
        assertThat(Routing.reasons(undetermined)).containsExactly(ReasonCode.UNDETERMINED);
    }

    @Test
    void namesANameChangeEvenWhenEverythingPassed() {
        Routing.Facts f = new Routing.Facts(
                Commitment.COMMITTED,
                Outcome.PASS,
                Outcome.PASS,
                Outcome.PASS,
                EligibilityOutcome.ELIGIBLE,
                true,
                false);
        assertThat(Routing.reasons(f)).containsExactly(ReasonCode.NAME_CHANGED);
    }

    @Test
    void namesTheArchiveBarBesideANotChosenCommitment() {
        Routing.Facts f = new Routing.Facts(
                Commitment.NOT_CHOSEN,
                Outcome.PASS,
                Outcome.PASS,
                Outcome.PASS,
                EligibilityOutcome.ELIGIBLE,
                false,
                true);
        assertThat(Routing.reasons(f)).containsExactlyInAnyOrder(ReasonCode.NOT_CHOSEN, ReasonCode.ARCHIVE_BARRED);
    }

    @Test
    void namesEveryCauseThatHoldsAtOnce() {
        Routing.Facts f = new Routing.Facts(
                Commitment.WITHDRAWN,
                Outcome.FAIL,
                Outcome.UNVERIFIABLE,
                Outcome.FAIL,
                EligibilityOutcome.UNDETERMINED,
                true,
                true);
        assertThat(Routing.reasons(f))
                .containsExactlyInAnyOrder(
                        ReasonCode.WITHDRAWN,
                        ReasonCode.IDENTITY_FAIL,
                        ReasonCode.EDUCATION_UNVERIFIABLE,
                        ReasonCode.DEGREE_FAIL,
                        ReasonCode.UNDETERMINED,
                        ReasonCode.NAME_CHANGED,
                        ReasonCode.ARCHIVE_BARRED);
    }
}
