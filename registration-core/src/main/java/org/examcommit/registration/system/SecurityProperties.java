package org.examcommit.registration.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings.
 *
 * @param tokenTtl how long a bearer token from {@code POST /api/auth/login} is valid (default 12 hours)
 * @param initialOfficerUsername an officer account created at start-up when no officer exists yet
 *     (env {@code INITIAL_OFFICER_USERNAME}); empty for none
 * @param initialOfficerPassword its password (env {@code INITIAL_OFFICER_PASSWORD})
 * @param tokenCacheSize signed-in sessions each instance holds in memory (default 100,000);
 *     past it, a token is checked against the table again
 * @param tokenRecheck how long an instance trusts a session it holds in memory before it reads the
 *     table again (default 1 minute): a token revoked elsewhere (a password change on another
 *     instance) stops working everywhere within this time
 */
@ConfigurationProperties("examcommit.security")
public record SecurityProperties(
        Duration tokenTtl,
        String initialOfficerUsername,
        String initialOfficerPassword,
        Integer tokenCacheSize,
        Duration tokenRecheck) {

    public SecurityProperties {
        tokenCacheSize = tokenCacheSize == null ? 100_000 : tokenCacheSize;
        if (tokenCacheSize < 1) {
            throw new IllegalArgumentException(
                    "examcommit.security.token-cache-size must be at least 1, not " + tokenCacheSize);
        }
        tokenRecheck = tokenRecheck == null ? Duration.ofMinutes(1) : tokenRecheck;
        if (tokenRecheck.isNegative()) {
            throw new IllegalArgumentException(
                    "examcommit.security.token-recheck must not be negative, not " + tokenRecheck);
        }
        tokenTtl = tokenTtl == null ? Duration.ofHours(12) : tokenTtl;
        initialOfficerUsername = initialOfficerUsername == null ? "" : initialOfficerUsername.strip();
        initialOfficerPassword = initialOfficerPassword == null ? "" : initialOfficerPassword;
    }
}
