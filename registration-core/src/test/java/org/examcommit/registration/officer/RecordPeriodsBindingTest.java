package org.examcommit.registration.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The record periods as an operator configures them (examcommit.integrity.record-periods.*). */
class RecordPeriodsBindingTest {

    @EnableConfigurationProperties(RecordPeriods.class)
    static class WithRecordPeriods {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(WithRecordPeriods.class);

    private static final LocalDate DECIDED = LocalDate.of(2026, 11, 23);

    @Test
    void withoutSettingsUsesTheContractDefaults() {
        runner.run(ctx -> {
            RecordPeriods p = ctx.getBean(RecordPeriods.class);
            assertThat(p.recordedUntil("SERIOUS", DECIDED)).isEqualTo(LocalDate.of(2031, 11, 23));
            assertThat(p.recordedUntil("VERY_SERIOUS", DECIDED)).isNull();
            assertThat(p.recordedUntil("FALSE_COMMITMENT", DECIDED)).isEqualTo(LocalDate.of(2031, 11, 23));
        });
    }

    @Test
    void withSettingsUsesTheConfiguredPeriodPerKind() {
        runner.withPropertyValues(
                        "examcommit.integrity.record-periods.serious=P3Y",
                        "examcommit.integrity.record-periods.very-serious=P10Y",
                        "examcommit.integrity.record-periods.false-commitment=P2Y6M")
                .run(ctx -> {
                    RecordPeriods p = ctx.getBean(RecordPeriods.class);
                    assertThat(p.recordedUntil("SERIOUS", DECIDED)).isEqualTo(LocalDate.of(2029, 11, 23));
                    assertThat(p.recordedUntil("VERY_SERIOUS", DECIDED)).isEqualTo(LocalDate.of(2036, 11, 23));
                    assertThat(p.recordedUntil("FALSE_COMMITMENT", DECIDED)).isEqualTo(LocalDate.of(2029, 5, 23));
                });
    }
}
