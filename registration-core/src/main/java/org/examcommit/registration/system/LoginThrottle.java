package org.examcommit.registration.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed log-ins per login name and per client address in fixed windows; once either reaches its limit,
 * log-in from there or for that name is refused until the window ends, whatever the password (so guessing stays
 * slow). A successful log-in clears the name's count, not the address's. Plain Java: the clock is given.
 */
public final class LoginThrottle {

    /** Entries past this many are pruned of ended windows, so a spray of names cannot grow the map forever. */
    private static final int PRUNE_ABOVE = 100_000;

    private record Window(Instant start, int failures) {}

    private final LoginLimits limits;
    private final Clock clock;
    private final Map<String, Window> accounts = new ConcurrentHashMap<>();
    private final Map<String, Window> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(LoginLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long log-in stays refused for this name or address; empty when it may be tried. */
    public Optional<Duration> refusedFor(String login, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = blocked(accounts.get(key(login)), limits.perAccount(), now);
        return account.isPresent() ? account : blocked(addresses.get(address), limits.perAddress(), now);
    }

    public void failed(String login, String address) {
        Instant now = clock.instant();
        count(accounts, key(login), now);
        count(addresses, address, now);
    }

    public void succeeded(String login) {
        accounts.remove(key(login));
    }

    private Optional<Duration> blocked(Window w, int limit, Instant now) {
        if (w == null || w.failures() < limit) {
            return Optional.empty();
        }
        Instant ends = w.start().plus(limits.window());
        return now.isBefore(ends) ? Optional.of(Duration.between(now, ends)) : Optional.empty();
    }

    private void count(Map<String, Window> map, String key, Instant now) {
        if (map.size() > PRUNE_ABOVE) {
            map.values().removeIf(w -> !now.isBefore(w.start().plus(limits.window())));
        }
        map.compute(
                key,
                (k, w) -> w == null || !now.isBefore(w.start().plus(limits.window()))
                        ? new Window(now, 1)
                        : new Window(w.start(), w.failures() + 1));
    }

    private static String key(String login) {
        return login == null ? "" : login.strip().toUpperCase(Locale.ROOT);
    }
}
