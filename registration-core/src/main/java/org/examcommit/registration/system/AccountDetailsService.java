package org.examcommit.registration.system;

import java.util.Optional;
import org.examcommit.registration.candidate.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks up who signs in: an officer or administrator by user name (not when disabled), or a candidate (registered through the API) by
 * id_number or phone. The candidate's principal name is their candidate_id.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private static final String OFFICER_SQL =
            "SELECT username, password_hash, role, disabled_at IS NOT NULL FROM officers WHERE username = ?";
    private static final String CANDIDATE_SQL = """
            SELECT candidate_id, password_hash FROM candidates
             WHERE source = 'API' AND password_hash IS NOT NULL AND (id_number = ? OR phone = ?)
            """;

    private final JdbcClient jdbc;

    AccountDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        String key = login == null ? "" : login.strip();
        Optional<UserDetails> officer = jdbc.sql(OFFICER_SQL)
                .param(key)
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(Role.valueOf(rs.getString(3)).authorities())
                        // a disabled officer cannot sign in (the log-in answers as for a wrong password)
                        .disabled(rs.getBoolean(4))
                        .build())
                .optional();
        if (officer.isPresent()) {
            return officer.get();
        }
        String normalised = IdNumber.normalise(key);
        return jdbc.sql(CANDIDATE_SQL)
                .param(normalised)
                .param(key)
                .query((rs, n) -> user(rs.getString(1), rs.getString(2), Role.CANDIDATE))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account for this login"));
    }

    private static UserDetails user(String principal, String hash, Role role) {
        return new User(principal, hash, role.authorities());
    }
}
