package org.examcommit.registration.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the first officer account from configuration when there is none, so a new deployment can sign in; it is
 * an administrator (role ADMIN), who creates the other officer accounts.
 */
@Component
class InitialOfficer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialOfficer.class);
    private static final String INSERT = """
            INSERT INTO officers (username, display_name, password_hash, role)
            SELECT ?, ?, ?, 'ADMIN' WHERE NOT EXISTS (SELECT 1 FROM officers)
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SecurityProperties properties;

    InitialOfficer(JdbcClient jdbc, PasswordEncoder encoder, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.initialOfficerUsername().isEmpty()
                || properties.initialOfficerPassword().isEmpty()) {
            return;
        }
        int created = jdbc.sql(INSERT)
                .param(properties.initialOfficerUsername())
                .param(properties.initialOfficerUsername())
                .param(encoder.encode(properties.initialOfficerPassword()))
                .update();
        if (created > 0) {
            log.info("Created the initial officer account {} (administrator)", properties.initialOfficerUsername());
        }
    }
}
