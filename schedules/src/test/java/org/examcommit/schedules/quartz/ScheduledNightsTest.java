package org.examcommit.schedules.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduledNightsTest {

    @Test
    void aFiresRunDateIsItsDayInShanghai() {
        assertThat(ScheduledNights.runDateOf(Instant.parse("2026-11-19T17:00:00Z")))
                .as("01:00 in Shanghai")
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ScheduledNights.runDateOf(Instant.parse("2026-11-20T15:59:59Z")))
                .isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ScheduledNights.runDateOf(Instant.parse("2026-11-20T16:00:00Z")))
                .isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void refusesACronQuartzCannotRead() {
        assertThatThrownBy(() -> new ScheduleProperties(
                        "0 0 25 * * ?", Duration.ofHours(2), Duration.ofMinutes(1), Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("NIGHTLY_CRON '0 0 25 * * ?' is not a Quartz cron expression: ");
        assertThat(new ScheduleProperties(
                                "0 0 1 * * ?", Duration.ofHours(2), Duration.ofMinutes(1), Duration.ofSeconds(15))
                        .cron())
                .isEqualTo("0 0 1 * * ?");
    }
}
