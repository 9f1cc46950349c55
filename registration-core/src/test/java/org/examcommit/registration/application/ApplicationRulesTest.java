package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.registration.exam.ExamWindow;
import org.junit.jupiter.api.Test;

class ApplicationRulesTest {

    private static final Instant NOW = Instant.parse("2026-04-01T04:00:00Z");
    private static final ExamWindow WINDOW = window("11", NOW.plus(Duration.ofDays(3)));

    private static ExamWindow window(String province, Instant onsiteDeadline) {
        return new ExamWindow(
                "SW",
                2026,
                province,
                NOW.minus(Duration.ofDays(10)),
                NOW.plus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(2)),
                onsiteDeadline,
                LocalDate.of(2026, 6, 13),
                LocalDate.of(2026, 6, 14));
    }

    private static Application application(ApplicationStatus status) {
        return new Application("A1", "C1", "SW", 2026, "ASSISTANT", "11", "COMMITTED", NOW, null, NOW, null, status);
    }

    @Test
    void paysOnlyAfterVerificationPassed() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            boolean passed = s == ApplicationStatus.EXEMPT
                    || s == ApplicationStatus.VERIFIED
                    || s == ApplicationStatus.CONFIRMED;
            if (passed) {
                assertThatCode(() -> ApplicationRules.requirePayable(application(s), WINDOW, NOW))
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> ApplicationRules.requirePayable(application(s), WINDOW, NOW))
                        .as(s.name())
                        .hasFieldOrProperty("rule");
            }
        }
    }

    @Test
    void refusesPaymentAtThePaymentDeadline() {
        assertThatThrownBy(() -> ApplicationRules.requirePayable(
                        application(ApplicationStatus.EXEMPT), WINDOW, WINDOW.paymentDeadline()))
                .extracting("rule")
                .isEqualTo("payment.deadline-passed");
    }

    @Test
    void confirmsOnlyExemptOrVerified() {
        assertThatCode(() -> ApplicationRules.requireConfirmable(application(ApplicationStatus.VERIFIED)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ApplicationRules.requireConfirmable(application(ApplicationStatus.CONFIRMED)))
                .extracting("rule")
                .isEqualTo("confirm.verification-not-passed");
    }

    @Test
    void aWindowIsPastItsOnsiteDeadlineOnlyAfterIt() {
        Instant deadline = WINDOW.onsiteVerificationDeadline();

        assertThat(OverdueOnsiteVerification.windowsPastDeadline(List.of(WINDOW), deadline))
                .isEmpty();
        assertThat(OverdueOnsiteVerification.windowsPastDeadline(List.of(WINDOW), deadline.plusSeconds(1)))
                .containsExactly(WINDOW);
    }

    @Test
    void picksTheWindowsPastTheirOnsiteDeadline() {
        ExamWindow past = window("31", NOW.minusSeconds(1));

        assertThat(OverdueOnsiteVerification.windowsPastDeadline(List.of(WINDOW, past), NOW))
                .containsExactly(past);
    }
}
