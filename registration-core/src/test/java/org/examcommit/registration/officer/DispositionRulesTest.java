package org.examcommit.registration.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.examcommit.contract.Disposition;
import org.examcommit.contract.Disposition.Stage;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.exam.ExamWindow;
import org.examcommit.registration.system.RuleViolationException;
import org.junit.jupiter.api.Test;

class DispositionRulesTest {

    private static final ExamWindow WINDOW = new ExamWindow(
            "SW",
            2026,
            "11",
            Instant.parse("2026-03-20T01:00:00Z"),
            Instant.parse("2026-04-10T09:00:00Z"),
            Instant.parse("2026-04-17T09:00:00Z"),
            Instant.parse("2026-04-24T09:00:00Z"),
            LocalDate.of(2026, 6, 13),
            LocalDate.of(2026, 6, 14));

    @Test
    void derivesTheStageFromTheExamDates() {
        assertThat(DispositionRules.derivedStage(LocalDate.of(2026, 6, 12), WINDOW, false))
                .isEqualTo(Stage.BEFORE_EXAM);
        assertThat(DispositionRules.derivedStage(LocalDate.of(2026, 6, 13), WINDOW, false))
                .isEqualTo(Stage.AFTER_EXAM);
        assertThat(DispositionRules.derivedStage(LocalDate.of(2026, 9, 1), WINDOW, true))
                .isEqualTo(Stage.AFTER_CERTIFICATION);
    }

    @Test
    void eachDispositionFitsOneStage() {
        assertThat(DispositionRules.fitting(Stage.BEFORE_EXAM)).isEqualTo(Disposition.REGISTRATION_VOID);
        assertThat(DispositionRules.fitting(Stage.AFTER_EXAM)).isEqualTo(Disposition.SCORES_VOID);
        assertThat(DispositionRules.fitting(Stage.AFTER_CERTIFICATION)).isEqualTo(Disposition.CERTIFICATE_VOID);
    }

    @Test
    void refusesADispositionThatDoesNotFitTheStage() {
        assertThatThrownBy(() -> DispositionRules.requireFits(Disposition.CERTIFICATE_VOID, Stage.AFTER_EXAM))
                .isInstanceOf(RuleViolationException.class)
                .extracting("rule")
                .isEqualTo("disposition.stage-mismatch");
    }

    @Test
    void acceptsAStatedCertificationAfterTheExam() {
        assertThat(DispositionRules.stage(Stage.AFTER_CERTIFICATION, LocalDate.of(2026, 9, 1), WINDOW, false))
                .isEqualTo(Stage.AFTER_CERTIFICATION);
    }

    @Test
    void refusesAStatedBeforeExamOnceTheExamStarted() {
        assertThatThrownBy(() -> DispositionRules.stage(Stage.BEFORE_EXAM, LocalDate.of(2026, 6, 14), WINDOW, false))
                .extracting("rule")
                .isEqualTo("disposition.stage-contradicts-dates");
    }

    @Test
    void recordPeriodsDefaultToTheContract() {
        RecordPeriods periods = new RecordPeriods(null, null, null);
        LocalDate decided = LocalDate.of(2026, 11, 22);

        assertThat(periods.recordedUntil("SERIOUS", decided)).isEqualTo(LocalDate.of(2031, 11, 22));
        assertThat(periods.recordedUntil("VERY_SERIOUS", decided)).isNull();
        assertThat(periods.recordedUntil("FALSE_COMMITMENT", decided)).isEqualTo(LocalDate.of(2031, 11, 22));
    }

    @Test
    void recordPeriodsAreConfigurablePerKind() {
        RecordPeriods periods = new RecordPeriods(Period.ofYears(3), Period.ofYears(10), Period.ofYears(2));

        assertThat(periods.recordedUntil("VERY_SERIOUS", LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2036, 1, 1));
        assertThat(periods.recordedUntil("FALSE_COMMITMENT", LocalDate.of(2026, 1, 1)))
                .isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    void needsADispositionAndABasis() {
        assertThatThrownBy(() -> DispositionRules.requireComplete(null, "rule 7"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.rule()).isEqualTo("disposition.required"));
        assertThatThrownBy(() -> DispositionRules.requireComplete(Disposition.SCORES_VOID, " "))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("basis"));
        assertThat(DispositionRules.requireComplete(Disposition.SCORES_VOID, " rule 7 "))
                .isEqualTo("rule 7");
    }

    @Test
    void onlyAChosenCommitmentCanBeFalseAndOnlyOnce() {
        DispositionRules.requireCommitted("COMMITTED");
        assertThatThrownBy(() -> DispositionRules.requireCommitted("NOT_CHOSEN"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.REFUSED));
        DispositionRules.requireFirst(false);
        assertThatThrownBy(() -> DispositionRules.requireFirst(true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.kind()).isEqualTo(RuleViolationException.Kind.CONFLICT));
    }

    @Test
    void registrationVoidVoidsAnOpenApplicationOnly() {
        assertThat(DispositionRules.statusAfter(Disposition.REGISTRATION_VOID, ApplicationStatus.EXEMPT))
                .isEqualTo(ApplicationStatus.VOID);
        assertThat(DispositionRules.statusAfter(Disposition.REGISTRATION_VOID, ApplicationStatus.GIVEN_UP))
                .isEqualTo(ApplicationStatus.GIVEN_UP);
        assertThat(DispositionRules.statusAfter(Disposition.SCORES_VOID, ApplicationStatus.PAID))
                .isEqualTo(ApplicationStatus.PAID);
    }

    @Test
    void needsAConfirmedFinding() {
        assertThatThrownBy(() -> DispositionRules.requireFinding(null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("findingId"));
        assertThat(DispositionRules.requireFinding(7L)).isEqualTo(7L);
        for (String status : new String[] {"OPEN", "DISMISSED"}) {
            assertThatThrownBy(() -> DispositionRules.requireConfirmed(status))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.rule()).isEqualTo("disposition.finding-not-confirmed"));
        }
        DispositionRules.requireConfirmed("CONFIRMED");
    }

    @Test
    void everySmartSupervisionPatternIsAFindingKind() {
        for (org.examcommit.contract.FlagPattern p : org.examcommit.contract.FlagPattern.values()) {
            assertThat(FindingKind.of(p)).isEqualTo(p.name());
            assertThat(FindingKind.all()).contains(p.name());
        }
        assertThat(FindingKind.all())
                .hasSize(org.examcommit.contract.FlagPattern.values().length + 3)
                .contains(FindingKind.RANDOM_CHECK, FindingKind.ONSITE_FAIL, FindingKind.REPORT);
    }
}
