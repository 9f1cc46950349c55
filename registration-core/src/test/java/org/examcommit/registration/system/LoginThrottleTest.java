package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LoginLimits LIMITS = new LoginLimits(3, 5, Duration.ofMinutes(15));

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-05T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void refusesAnAccountAfterItsLimitOfFailuresUntilTheWindowEnds() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(LIMITS, clock);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusedFor("13800138000", "10.0.0." + i)).isEmpty();
            throttle.failed("13800138000", "10.0.0." + i);
        }

        assertThat(throttle.refusedFor("13800138000", "10.0.0.9")).contains(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("13900139000", "10.0.0.9"))
                .as("another account")
                .isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.refusedFor("13800138000", "10.0.0.9")).isEmpty();
    }

    @Test
    void refusesAnAddressThatGuessesAcrossManyAccounts() {
        LoginThrottle throttle = new LoginThrottle(LIMITS, new MovableClock());
        for (int i = 0; i < 5; i++) {
            throttle.failed("account-" + i, "10.0.0.1");
        }

        assertThat(throttle.refusedFor("account-new", "10.0.0.1")).isPresent();
        assertThat(throttle.refusedFor("account-new", "10.0.0.2")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCountAndLoginNamesCompareIgnoringCase() {
        LoginThrottle throttle = new LoginThrottle(LIMITS, new MovableClock());
        throttle.failed("11010519491231002x", "10.0.0.1");
        throttle.failed("11010519491231002X", "10.0.0.2");
        throttle.succeeded("11010519491231002X");
        throttle.failed("11010519491231002X", "10.0.0.3");

        assertThat(throttle.refusedFor("11010519491231002X", "10.0.0.4")).isEmpty();
        throttle.failed("11010519491231002x", "10.0.0.5");
        throttle.failed("11010519491231002x", "10.0.0.6");
        assertThat(throttle.refusedFor("11010519491231002X", "10.0.0.7")).isPresent();
    }
}
