package org.examcommit.registration.officer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.examcommit.registration.candidate.CandidateRules;
import org.examcommit.registration.system.Role;
import org.examcommit.registration.system.RuleViolationException;
import org.examcommit.registration.system.TokenService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officer accounts as an administrator manages them: created with a role, disabled (never deleted, so the audit
 * trail keeps naming them), each change in the audit trail.
 */
@Service
class OfficerAccounts {

    /**
     * A user name starts with a letter: log-in tries officers first, so a name made of digits could shadow a
     * candidate's phone or id_number.
     */
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");

    private static final String LIST = """
            SELECT username, display_name, role, created_at, disabled_at FROM officers ORDER BY username
            """;
    private static final String INSERT = """
            INSERT INTO officers (username, display_name, password_hash, role) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING
            """;
    private static final String DISABLE = """
            UPDATE officers SET disabled_at = ? WHERE username = ? AND disabled_at IS NULL
            """;
    private static final String EXISTS = "SELECT EXISTS (SELECT 1 FROM officers WHERE username = ?)";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final TokenService tokens;
    private final OfficerAudit audit;

    OfficerAccounts(JdbcClient jdbc, PasswordEncoder encoder, TokenService tokens, OfficerAudit audit) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** An officer account as the administrator reads it (never the password hash). */
    record Account(String username, String displayName, Role role, Instant createdAt, Instant disabledAt) {}

    List<Account> list() {
        return jdbc.sql(LIST)
                .query((rs, n) -> new Account(
                        rs.getString(1),
                        rs.getString(2),
                        Role.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    @Transactional
    Account create(String admin, String username, String displayName, String password, String role, Instant now) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw RuleViolationException.badInput(
                    "username",
                    "username.format",
                    "username: 3 to 32 of a-z, 0-9, '.', '_', '-', starting with a letter");
        }
        String display = displayName == null || displayName.isBlank() ? name : CandidateRules.name(displayName);
        Role r = role == null || role.isBlank() ? Role.OFFICER : officerRole(role.strip());
        String hash = encoder.encode(CandidateRules.password(password));
        int created = jdbc.sql(INSERT).params(name, display, hash, r.name()).update();
        if (created == 0) {
            throw RuleViolationException.conflict(
                    "username", "officer.username-taken", "An officer account with this username exists");
        }
        audit.record(admin, "OFFICER_CREATE", name, "account created", "role " + r, now);
        return find(name);
    }

    /** Disables the account and ends its sessions; the own account cannot be disabled (409). */
    @Transactional
    Account disable(String admin, String username, String reason, Instant now) {
        String why = OfficerAudit.requireReason(reason);
        if (!jdbc.sql(EXISTS).param(username).query(Boolean.class).single()) {
            throw RuleViolationException.notFound("username", "No officer account with this username");
        }
        if (admin.equals(username)) {
            throw RuleViolationException.conflict(
                    "username", "officer.self-disable", "An administrator cannot disable their own account");
        }
        int changed =
                jdbc.sql(DISABLE).param(Timestamp.from(now)).param(username).update();
        if (changed == 0) {
            throw RuleViolationException.conflict("username", "officer.disabled", "The account is disabled already");
        }
        tokens.revokeAll(username);
        audit.record(admin, "OFFICER_DISABLE", username, why, null, now);
        return find(username);
    }

    private Account find(String username) {
        return list().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private static Role officerRole(String role) {
        if (Role.OFFICER.name().equals(role) || Role.ADMIN.name().equals(role)) {
            return Role.valueOf(role);
        }
        throw RuleViolationException.badInput("role", "role.code", "role must be one of OFFICER, ADMIN");
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
