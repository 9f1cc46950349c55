package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19: the embedded PostgreSQL trusted every local connection; now it asks for a generated password. */
class EmbeddedPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesAConnectionWithoutThePasswordKeptOwnerOnlyUnderTheDataDirectory() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir)) {
            Path file = dataDir.resolve("postgres.password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(file).strip())
                    .isEqualTo(server.password())
                    .hasSizeGreaterThan(20);

            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres"))
                    .isInstanceOf(SQLException.class);
            try (var c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
                    var rs = c.createStatement().executeQuery("SHOW password_encryption")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("scram-sha-256");
            }

            // a second user of the directory (a ./pipeline command beside serve) attaches with the same password
            try (EmbeddedPostgresServer attached = EmbeddedPostgresServer.startOrAttach(dataDir)) {
                assertThat(attached.owner()).isFalse();
                try (var c = DriverManager.getConnection(attached.jdbcUrl(), "postgres", attached.password())) {
                    assertThat(c.isValid(5)).isTrue();
                }
            }
        }
    }

    @Test
    void aClusterOfAnOlderVersionThatTrustedEveryoneAsksForThePasswordAfterItsNextStart() throws Exception {
        EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .start()
                .close();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir)) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", ""))
                    .isInstanceOf(SQLException.class);
            try (var c = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }
}
