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
 */
@ConfigurationProperties("examcommit.security")
public record SecurityProperties(Duration tokenTtl, String initialOfficerUsername, String initialOfficerPassword,
        Integer tokenCacheSize) {

    public SecurityProperties {
        tokenCacheSize = tokenCacheSize == null ? 100_000 : tokenCacheSize;
        if (tokenCacheSize < 1) {
            throw new IllegalArgumentException("examcommit.security.token-cache-size must be at least 1, not " + tokenCacheSize);
        }
        tokenTtl = tokenTtl == null ? Duration.ofHours(12) : tokenTtl;
        initialOfficerUsername = initialOfficerUsername == null ? "" : initialOfficerUsername.strip();
        initialOfficerPassword = initialOfficerPassword == null ? "" : initialOfficerPassword;
    }
}
