package org.examcommit.registration.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
 */
@Service
public class TokenService {

    private static final String INSERT = "INSERT INTO auth_tokens (token_sha256, principal, role, expires_at) VALUES (?, ?, ?, ?)";
    private static final String FIND = "SELECT principal, role, expires_at FROM auth_tokens WHERE token_sha256 = ? AND expires_at > now()";
    private static final String PURGE = "DELETE FROM auth_tokens WHERE expires_at < now()";

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> cache = new ConcurrentHashMap<>();

    TokenService(JdbcClient jdbc, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A signed-in principal. */
    public record Session(String principal, Role role, Instant expiresAt) {
    }

    /** A new token for the principal; the caller hands it to the client once. */
    public IssuedToken issue(String principal, Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(properties.tokenTtl());
        jdbc.sql(PURGE).update();
        jdbc.sql(INSERT).param(sha256(token)).param(principal).param(role.name())
                .param(java.sql.Timestamp.from(expires)).update();
        return new IssuedToken(token, expires);
    }

    /** Ends every session of the principal (after a password change). */
    public void revokeAll(String principal) {
        jdbc.sql("DELETE FROM auth_tokens WHERE principal = ?").param(principal).update();
        cache.values().removeIf(s -> s.principal().equals(principal));
    }

    public Optional<Session> find(String token) {
        String key = sha256(token);
        Session cached = cache.get(key);
        if (cached != null && cached.expiresAt().isAfter(Instant.now())) {
            return Optional.of(cached);
        }
        Optional<Session> found = jdbc.sql(FIND).param(key)
                .query((rs, n) -> new Session(rs.getString(1), Role.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant())).optional();
        found.ifPresent(s -> cache.put(key, s));
        return found;
    }

    /** A token as handed to the client. */
    public record IssuedToken(String token, Instant expiresAt) {
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
