package org.examcommit.registration.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Bearer tokens: issued at log-in, stored as SHA-256, checked per request. A token is cheap to check
 * (a hash and a cached row), unlike a password hash, so API clients send it instead of the password.
 * The cache is bounded: a registration window signs in millions of candidates, and each entry lives
 * only until its token expires. An entry is trusted for {@code token-recheck} only, then the table is
 * read again: a revocation (password change) made on another instance, or racing a request here,
 * takes effect within that time.
 */
@Service
public class TokenService {

    private static final String INSERT =
            "INSERT INTO auth_tokens (token_sha256, principal, role, expires_at) VALUES (?, ?, ?, ?)";
    /**
     * A live token; an officer's only while the account is not disabled (a log-in racing the disable could
     * issue one after the disable revoked the account's tokens).
     */
    private static final String FIND = """
            SELECT t.principal, t.role, t.expires_at FROM auth_tokens t
             WHERE t.token_sha256 = ? AND t.expires_at > ?
               AND (t.role = 'CANDIDATE'
                    OR NOT EXISTS (SELECT 1 FROM officers o WHERE o.username = t.principal AND o.disabled_at IS NOT NULL))
            """;

    private static final String PURGE = "DELETE FROM auth_tokens WHERE expires_at < ?";

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /** Expiry and recheck are judged by {@code clock}, in the table too (not by the database's own now()). */
    TokenService(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** A signed-in principal. */
    public record Session(String principal, Role role, Instant expiresAt) {}

    /** A session as held in memory, with the moment it must be read from the table again. */
    private record Cached(Session session, Instant recheckAt) {}

    /** A new token for the principal; the caller hands it to the client once. */
    public IssuedToken issue(String principal, Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(properties.tokenTtl());
        jdbc.sql(PURGE).param(Timestamp.from(now)).update();
        String key = sha256(token);
        jdbc.sql(INSERT)
                .param(key)
                .param(principal)
                .param(role.name())
                .param(Timestamp.from(expires))
                .update();
        // the client's next request usually comes straight back to this instance
        remember(key, new Session(principal, role, expires), now);
        return new IssuedToken(token, expires);
    }

    /** Ends every session of the principal (after a password change). */
    public void revokeAll(String principal) {
        jdbc.sql("DELETE FROM auth_tokens WHERE principal = ?").param(principal).update();
        cache.values().removeIf(c -> c.session().principal().equals(principal));
    }

    /** Ends one session (log-out): on this instance at once, elsewhere within {@code token-recheck}. */
    public void revoke(String token) {
        String key = sha256(token);
        jdbc.sql("DELETE FROM auth_tokens WHERE token_sha256 = ?").param(key).update();
        cache.remove(key);
    }

    public Optional<Session> find(String token) {
        String key = sha256(token);
        Cached cached = cache.get(key);
        Instant now = clock.instant();
        if (cached != null
                && cached.session().expiresAt().isAfter(now)
                && cached.recheckAt().isAfter(now)) {
            return Optional.of(cached.session());
        }
        Optional<Session> found = jdbc.sql(FIND)
                .param(key)
                .param(Timestamp.from(now))
                .query((rs, n) -> new Session(
                        rs.getString(1),
                        Role.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .optional();
        if (found.isPresent()) {
            remember(key, found.get(), now);
        } else if (cached != null) {
            cache.remove(key);
        }
        return found;
    }

    /** Number of sessions held in memory (for tests of the bound). */
    int cachedSessions() {
        return cache.size();
    }

    private void remember(String key, Session session, Instant now) {
        // past the limit, expired sessions go first, then all: the live ones reload from the table
        int limit = properties.tokenCacheSize();
        if (cache.size() >= limit) {
            cache.values().removeIf(c -> !c.session().expiresAt().isAfter(now));
            if (cache.size() >= limit) {
                cache.clear();
            }
        }
        cache.put(key, new Cached(session, now.plus(properties.tokenRecheck())));
    }

    /** A token as handed to the client. */
    public record IssuedToken(String token, Instant expiresAt) {}

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
