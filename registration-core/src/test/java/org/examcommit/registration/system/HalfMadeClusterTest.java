package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: a first start killed during initdb left {@code DATA_DIR/postgres} half-made (the
 * cluster without its databases) and every later start failed with "database postgres does not
 * exist". The folder is made here as such a kill leaves it: a real initdb, then the databases that
 * initdb creates last (template0, postgres) taken away, as they were never written.
 */
class HalfMadeClusterTest {

    @TempDir
    Path dataDir;

    @Test
    void aHalfMadeClusterWithoutDataIsMadeAgainAndStarts() throws Exception {
        halfMadeCluster(dataDir.resolve("postgres"));
        assertThat(ClusterFolder.state(dataDir.resolve("postgres"))).isEqualTo(ClusterFolder.State.HALF_MADE_EMPTY);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir)) {
            try (var c = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                    ResultSet rs = c.createStatement().executeQuery("SELECT current_database()")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("postgres");
            }
        }
        assertThat(ClusterFolder.state(dataDir.resolve("postgres"))).isEqualTo(ClusterFolder.State.COMPLETE);
        try (Stream<Path> left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("postgres", "owner.lock", "postgres.password");
        }
    }

    @Test
    void aHalfMadeClusterHoldingDataIsRefusedWithTheStepToTake() throws Exception {
        Path pg = dataDir.resolve("postgres");
        halfMadeCluster(pg);
        Files.writeString(pg.resolve("base/1/16390"), "a table");

        assertThatThrownBy(() -> EmbeddedPostgresServer.startOrAttach(dataDir))
                .hasMessageContaining("holds data")
                .hasMessageContaining("mv " + pg + " " + pg + ".broken");
        assertThat(pg.resolve("base/1/16390")).exists();
    }

    @Test
    void aFirstStartKilledBeforeItsRenameLeavesOnlyATemporaryFolderThatTheNextStartRemoves() throws Exception {
        Path leftover = dataDir.resolve("postgres.init-999999");
        halfMadeCluster(leftover);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrAttach(dataDir)) {
            assertThat(server.owner()).isTrue();
        }
        assertThat(leftover).doesNotExist();
        assertThat(ClusterFolder.state(dataDir.resolve("postgres"))).isEqualTo(ClusterFolder.State.COMPLETE);
    }

    /** initdb's last steps create template0 and postgres; a kill before them leaves only template1. */
    private static void halfMadeCluster(Path folder) throws IOException {
        EmbeddedPostgres.builder()
                .setDataDirectory(folder)
                .setCleanDataDirectory(false)
                .start()
                .close();
        try (Stream<Path> dbs = Files.list(folder.resolve("base"))) {
            for (Path db :
                    dbs.filter(p -> !p.getFileName().toString().equals("1")).toList()) {
                try (Stream<Path> files = Files.walk(db)) {
                    for (Path p :
                            files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.deleteIfExists(folder.resolve("postmaster.opts"));
        Files.deleteIfExists(folder.resolve("epg-lock"));
    }
}
