package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DATABASE_URL, in both forms of contract §6, replaces the embedded PostgreSQL. */
class DatabaseUrlIT {

    @TempDir
    Path work;

    @Test
    void runsOnTheServerThatDatabaseUrlNamesInEitherForm() throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        URI server = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        String password = db.password() == null ? "" : db.password();
        String postgresForm = "postgres://" + db.username() + ":" + password + "@" + server.getHost() + ":"
                + server.getPort() + server.getPath();
        String jdbcForm = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + server.getPath() + "?user="
                + db.username() + "&password=" + password;

        try (PipelineShell shell = new PipelineShell(work)) {
            for (String url : new String[] {postgresForm, jdbcForm}) {
                PipelineShell.Result status = shell.runWith(Map.of("DATABASE_URL", url), "status");

                assertThat(status.exitCode()).as(status.toString()).isZero();
                assertThat(status.stdout()).contains("no runs yet");
                assertThat(status.stderr()).doesNotContain("embedded PostgreSQL");
                assertThat(Files.exists(shell.dataDir))
                        .as("no embedded server under DATA_DIR")
                        .isFalse();
            }
        }
    }
}
