package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.verification.checks.Fixtures.CANDIDATE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.examcommit.contract.Commitment;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.EligibilityOutcome;
import org.examcommit.contract.Outcome;
import org.examcommit.contract.ReasonCode;
import org.examcommit.contract.Route;
import org.junit.jupiter.api.Test;

class ApplicationVerifierTest {

    private static final String EMPLOYER = "91110000100000000A";
    private static final Eligibility RULES = new Eligibility(List.of(
            new EligibilityRule("SW", "ASSISTANT", EducationLevel.BACHELOR, true, 0),
            new EligibilityRule("SW", "INTERMEDIATE", EducationLevel.BACHELOR, true, 3)));
    private static final ApplicationVerifier VERIFIER =
            new ApplicationVerifier(RULES, LocalDate.of(2026, 5, 10), YearMonth.of(2026, 3));

    private static ApplicationFacts facts(
            String level, List<EducationEvidence> rows, List<ClaimedJob> jobs, List<InsuredSpan> spans) {
        return new ApplicationFacts(
                "A1", "SW", 2026, level, Commitment.COMMITTED, CANDIDATE, "张三", rows, jobs, spans, List.of());
    }

    private static EducationEvidence matchingRow() {
        return new EducationEvidence(Fixtures.claim(), Fixtures.matchingRecord(), Fixtures.matchingDegree());
    }

    @Test
    void exemptsACommittedCandidateWhoseClaimsAllVerify() {
        VerificationOutcome outcome = VERIFIER.verify(facts("ASSISTANT", List.of(matchingRow()), List.of(), List.of()));
        assertThat(outcome.route()).isEqualTo(Route.EXEMPT);
        assertThat(outcome.reasons()).isEmpty();
        assertThat(outcome.socialWorkMajor()).isTrue();
        assertThat(outcome.degree()).isEqualTo(Outcome.PASS);
    }

    @Test
    void takesNoSocialWorkMajorFromAnUnverifiedRow() {
        EducationEvidence unverified = new EducationEvidence(Fixtures.claim(), null, Fixtures.matchingDegree());
        VerificationOutcome outcome = VERIFIER.verify(facts("ASSISTANT", List.of(unverified), List.of(), List.of()));
        assertThat(outcome.socialWorkMajor()).isFalse();
        assertThat(outcome.eligibility()).isEqualTo(EligibilityOutcome.UNDETERMINED);
        assertThat(outcome.reasons())
                .containsExactlyInAnyOrder(ReasonCode.EDUCATION_UNVERIFIABLE, ReasonCode.UNDETERMINED);
    }

    @Test
    void routesACertificateUnderAFormerNameOnsiteAsNameChanged() {
        EducationRow old = Fixtures.withNameOnCertificate("张小三");
        EducationRecord r = Fixtures.matchingRecord();
        DegreeRecord d = Fixtures.matchingDegree();
        EducationEvidence row = new EducationEvidence(
                old,
                new EducationRecord(r.idNumber(), "张小三", r.school(), r.major(), r.level(), r.graduationDate()),
                new DegreeRecord(d.idNumber(), "张小三", d.degree(), d.school(), d.major()));
        VerificationOutcome outcome = VERIFIER.verify(facts("ASSISTANT", List.of(row), List.of(), List.of()));
        assertThat(outcome.education()).isEqualTo(Outcome.PASS);
        assertThat(outcome.degree()).isEqualTo(Outcome.PASS);
        assertThat(outcome.reasons()).containsExactly(ReasonCode.NAME_CHANGED);
    }

    @Test
    void reportsClaimedAndEvidencedMonthsAndDecidesOnTheEvidence() {
        List<ClaimedJob> jobs = List.of(new ClaimedJob(EMPLOYER, LocalDate.of(2023, 1, 1), null, true));
        List<InsuredSpan> spans =
                List.of(new InsuredSpan(EMPLOYER, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 1)));
        VerificationOutcome outcome = VERIFIER.verify(facts("INTERMEDIATE", List.of(matchingRow()), jobs, spans));
        assertThat(outcome.claimedWorkMonths()).isEqualTo(48);
        assertThat(outcome.evidencedWorkMonths()).isEqualTo(36);
        assertThat(outcome.eligibility()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }
}
