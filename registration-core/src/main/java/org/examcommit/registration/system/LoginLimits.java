package org.examcommit.registration.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed log-ins are allowed before log-in is refused with 429 for a while.
 *
 * @param perAccount failed log-ins for one login name within {@code window} (default 5)
 * @param perAddress failed log-ins from one client address within {@code window}, whatever the names (default
 *     50: an exam office behind one address has many candidates, each mistyping now and then)
 * @param window how long failures count and a refusal lasts (default 15 minutes)
 */
@ConfigurationProperties("examcommit.security.login")
public record LoginLimits(Integer perAccount, Integer perAddress, Duration window) {

    public LoginLimits {
        perAccount = perAccount == null ? 5 : perAccount;
        perAddress = perAddress == null ? 50 : perAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("examcommit.security.login: limits must be at least 1 and the window"
                    + " positive, not " + perAccount + ", " + perAddress + ", " + window);
        }
    }
}
