package org.examcommit.registration.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.contract.Violation;
import org.examcommit.registration.application.Application;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.exam.ExamWindow;
import org.junit.jupiter.api.Test;

class CommitmentRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private static final ExamWindow WINDOW = new ExamWindow(
            "SW",
            2027,
            "11",
            NOW.minus(Duration.ofDays(5)),
            NOW.plus(Duration.ofDays(5)),
            NOW.plus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(15)),
            LocalDate.of(2027, 6, 12),
            LocalDate.of(2027, 6, 13));

    private static IntegrityRecord record(String kind, LocalDate until) {
        return new IntegrityRecord("ARCHIVE", Violation.fromCode(kind), "SW", LocalDate.of(2020, 1, 1), until);
    }

    private static Application application(String commitment, ApplicationStatus status, Instant paidAt) {
        return new Application("A1", "C1", "SW", 2027, "ASSISTANT", "11", commitment, NOW, null, NOW, paidAt, status);
    }

    @Test
    void allowsACandidateWithoutRecords() {
        assertThat(CommitmentRules.mayCommit(List.of(), TODAY).allowed()).isTrue();
    }

    @Test
    void barsAFalseCommitmentWhateverItsDates() {
        assertThat(CommitmentRules.mayCommit(List.of(record("FALSE_COMMITMENT", LocalDate.of(2021, 1, 1))), TODAY)
                        .rule())
                .isEqualTo("commitment.barred");
    }

    @Test
    void barsASeriousRecordUntilItsLastDayIncluded() {
        assertThat(CommitmentRules.mayCommit(List.of(record("SERIOUS", TODAY)), TODAY)
                        .allowed())
                .isFalse();
        assertThat(CommitmentRules.mayCommit(List.of(record("SERIOUS", TODAY.minusDays(1))), TODAY)
                        .allowed())
                .isTrue();
    }

    @Test
    void barsAVerySeriousRecordWithoutEnd() {
        assertThat(CommitmentRules.mayCommit(List.of(record("VERY_SERIOUS", null)), TODAY)
                        .reason())
                .contains("without end");
    }

    @Test
    void namesTheFirstItemNotAcknowledged() {
        assertThat(CommitmentRules.missingItem(new CommitmentItems(true, true, true, null)))
                .contains("acceptsVerification");
        assertThat(CommitmentRules.missingItem(new CommitmentItems(true, true, true, true)))
                .isEmpty();
        assertThat(CommitmentRules.missingItem(null)).contains("knowsNotice");
    }

    @Test
    void withdrawsBeforePaymentAndDeadline() {
        assertThat(CommitmentRules.mayWithdraw(application("COMMITTED", ApplicationStatus.EXEMPT, null), WINDOW, NOW)
                        .allowed())
                .isTrue();
    }

    @Test
    void refusesWithdrawalAfterPayment() {
        assertThat(CommitmentRules.mayWithdraw(application("COMMITTED", ApplicationStatus.PAID, NOW), WINDOW, NOW)
                        .rule())
                .isEqualTo("commitment.withdraw-after-payment");
    }

    @Test
    void refusesWithdrawalAtTheRegistrationDeadline() {
        assertThat(CommitmentRules.mayWithdraw(
                                application("COMMITTED", ApplicationStatus.EXEMPT, null),
                                WINDOW,
                                WINDOW.registrationCloses())
                        .rule())
                .isEqualTo("commitment.withdraw-after-deadline");
    }

    @Test
    void neverRecommitsAfterWithdrawal() {
        assertThat(CommitmentRules.mayCommitLater(
                                application("WITHDRAWN", ApplicationStatus.ONSITE_REQUIRED, null), WINDOW, NOW)
                        .rule())
                .isEqualTo("commitment.no-recommit");
    }

    @Test
    void requiresOnsiteVerificationAfterWithdrawingAnExemption() {
        assertThat(CommitmentRules.statusAfterWithdrawal(ApplicationStatus.EXEMPT, false))
                .isEqualTo(ApplicationStatus.ONSITE_REQUIRED);
        assertThat(CommitmentRules.statusAfterWithdrawal(ApplicationStatus.CONFIRMED, false))
                .isEqualTo(ApplicationStatus.ONSITE_REQUIRED);
        assertThat(CommitmentRules.statusAfterWithdrawal(ApplicationStatus.CONFIRMED, true))
                .isEqualTo(ApplicationStatus.CONFIRMED);
        assertThat(CommitmentRules.statusAfterWithdrawal(ApplicationStatus.AWAITING_ONLINE_VERIFICATION, false))
                .isEqualTo(ApplicationStatus.AWAITING_ONLINE_VERIFICATION);
    }
}
