package org.examcommit.registration.system;

import java.time.Duration;

/** Log-in refused for a while after too many failures (answered 429 with {@code Retry-After}). */
class LoginThrottledException extends RuleViolationException {

    private final long retryAfterSeconds;

    LoginThrottledException(Duration retryAfter) {
        super(
                Kind.THROTTLED,
                "login",
                "login.throttled",
                "Too many failed log-ins for this account or from this address; try again in "
                        + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
