package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.registration.testsupport.ApiTest;
import org.examcommit.registration.testsupport.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The in-memory session cache in front of auth_tokens: bounded, and never the only place a live token is known. */
class TokenServiceTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenIsKnownFromItsIssueOnWithoutReadingTheTable() {
        TokenService tokens = new TokenService(
                jdbc, new SecurityProperties(Duration.ofHours(1), "", "", 10, null), Clock.systemUTC());
        String token = tokens.issue("cache-test-issued", Role.CANDIDATE).token();
        jdbc.sql("DELETE FROM auth_tokens WHERE principal = 'cache-test-issued'")
                .update();

        assertThat(tokens.find(token))
                .get()
                .extracting(TokenService.Session::principal)
                .isEqualTo("cache-test-issued");
    }

    @Test
    void theCacheStaysWithinItsLimitAndEveryLiveTokenStillSignsIn() {
        TokenService tokens =
                new TokenService(jdbc, new SecurityProperties(Duration.ofHours(1), "", "", 3, null), Clock.systemUTC());
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            issued.add(tokens.issue("cache-test-bound-" + i, Role.CANDIDATE).token());
            assertThat(tokens.cachedSessions()).isLessThanOrEqualTo(3);
        }
        for (int i = 0; i < issued.size(); i++) {
            assertThat(tokens.find(issued.get(i)))
                    .get()
                    .extracting(TokenService.Session::principal)
                    .isEqualTo("cache-test-bound-" + i);
            assertThat(tokens.cachedSessions()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void expiredSessionsLeaveTheCacheBeforeLiveOnesAndDoNotSignIn() {
        MovableClock clock = MovableClock.startingNow();
        TokenService shortLived =
                new TokenService(jdbc, new SecurityProperties(Duration.ofSeconds(1), "", "", 3, null), clock);
        String expired =
                shortLived.issue("cache-test-expired-0", Role.CANDIDATE).token();
        shortLived.issue("cache-test-expired-1", Role.CANDIDATE);
        clock.advance(Duration.ofMillis(1_100));

        shortLived.issue("cache-test-expired-2", Role.CANDIDATE);
        String live = shortLived.issue("cache-test-expired-3", Role.CANDIDATE).token();

        assertThat(shortLived.cachedSessions()).isEqualTo(2);
        assertThat(shortLived.find(live)).isPresent();
        assertThat(shortLived.find(expired)).isEmpty();
    }

    @Test
    void aTokenRevokedElsewhereStopsSigningInOnceTheRecheckTimeHasPassed() {
        MovableClock clock = MovableClock.startingNow();
        TokenService tokens = new TokenService(
                jdbc, new SecurityProperties(Duration.ofHours(1), "", "", 10, Duration.ofMillis(300)), clock);
        String token = tokens.issue("cache-test-revoked", Role.CANDIDATE).token();
        // what another instance's revokeAll does to the table; this instance's cache still holds the session
        jdbc.sql("DELETE FROM auth_tokens WHERE principal = 'cache-test-revoked'")
                .update();
        clock.advance(Duration.ofMillis(299));
        assertThat(tokens.find(token)).isPresent();

        clock.advance(Duration.ofMillis(101));

        assertThat(tokens.find(token)).isEmpty();
        assertThat(tokens.cachedSessions()).isZero();
    }

    @Test
    void aTokenExpiresByTheClockInTheTableToo() {
        MovableClock clock = MovableClock.startingNow();
        TokenService tokens =
                new TokenService(jdbc, new SecurityProperties(Duration.ofHours(1), "", "", 10, Duration.ZERO), clock);
        String token = tokens.issue("cache-test-expires", Role.CANDIDATE).token();
        clock.advance(Duration.ofMinutes(59));
        assertThat(tokens.find(token)).isPresent();

        clock.advance(Duration.ofMinutes(2));

        assertThat(tokens.find(token)).isEmpty();
    }

    @Test
    void aRevocationHereEndsTheSessionAtOnce() {
        TokenService tokens = new TokenService(
                jdbc, new SecurityProperties(Duration.ofHours(1), "", "", 10, null), Clock.systemUTC());
        String token = tokens.issue("cache-test-revoke-here", Role.CANDIDATE).token();
        String other = tokens.issue("cache-test-revoke-other", Role.CANDIDATE).token();

        tokens.revokeAll("cache-test-revoke-here");

        assertThat(tokens.find(token)).isEmpty();
        assertThat(tokens.find(other)).isPresent();
    }
}
