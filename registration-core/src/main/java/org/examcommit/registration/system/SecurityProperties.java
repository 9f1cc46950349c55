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
 */
@ConfigurationProperties("examcommit.security")
public record SecurityProperties(Duration tokenTtl, String initialOfficerUsername, String initialOfficerPassword) {

    public SecurityProperties {
        tokenTtl = tokenTtl == null ? Duration.ofHours(12) : tokenTtl;
        initialOfficerUsername = initialOfficerUsername == null ? "" : initialOfficerUsername.strip();
        initialOfficerPassword = initialOfficerPassword == null ? "" : initialOfficerPassword;
    }
}
