package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheduled night under {@code ./pipeline serve}, on the clustered Quartz JDBC store in the embedded
 * PostgreSQL: two instances on one database run each fire once and each night once; a night missed while
 * every instance was down runs once when one comes back; the inbox's bundles move to done/ once their night
 * completed and stay when it failed.
 */
class ScheduledNightsIT {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir
    Path work;

    @Test
    void twoInstancesOnOneDatabaseRunEachFireOnceAndEachNightOnce() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path inbox = work.resolve("inbox");
            copyBundle(shell, inbox.resolve("001-sample"));
            shell.environment.put("INBOX_DIR", inbox.toString());
            shell.environment.put("NIGHTLY_CRON", "0/3 * * * * ?");
            // the night fails at its analytics stage at once (no Spark): the fires after it must leave it alone
            shell.environment.put("ANALYTICS_HOME", work.resolve("no-analytics").toString());

            PipelineShell.Started first = shell.start("serve");
            PipelineShell.Started second = null;
            try {
                PipelineShell.awaitServing(first, START);
                second = shell.start(Map.of("PORT", Integer.toString(PipelineShell.freePort())), "serve");
                PipelineShell.awaitServing(second, START);
                try (Connection db = shell.database()) {
                    assertThat(strings(db, "SELECT count(*)::text FROM qrtz_scheduler_state"))
                            .as("both instances checked in to one Quartz cluster")
                            .containsExactly("2");
                }
                long bothUp = maxFireId(shell);
                PipelineShell.await(
                        "six finished fires with both instances up",
                        Duration.ofMinutes(4),
                        () -> finishedFiresAfter(shell, bothUp) >= 6);

                // the fires go on meanwhile: what is checked holds at every moment
                PipelineShell.Result status = shell.run("status", "--csv");
                assertThat(status.exitCode()).as(status.toString()).isZero();
                List<List<String>> scheduledRuns = ExportedCsv.rows(status.stdout()).stream()
                        .filter(row -> row.get(2).equals("scheduled"))
                        .toList();
                assertThat(scheduledRuns).isNotEmpty().allSatisfy(row -> {
                    assertThat(row.get(3)).isEqualTo("FAILED");
                    assertThat(row.get(6)).isEqualTo("analytics");
                });
                try (Connection db = shell.database()) {
                    assertThat(
                                    strings(
                                            db,
                                            "SELECT scheduled_fire_time::text FROM scheduled_fires GROUP BY 1 HAVING count(*) > 1"))
                            .as("no slot fired twice")
                            .isEmpty();
                    List<String> nights = strings(db, "SELECT run_date::text FROM scheduled_nights ORDER BY 1");
                    assertThat(scheduledRuns)
                            .as("one scheduled night per run date")
                            .extracting(row -> row.get(1))
                            .containsExactlyElementsOf(nights);
                    assertThat(strings(db, """
                                    SELECT run_date || ' ' || ran FROM (
                                      SELECT run_date, count(*) FILTER (WHERE outcome LIKE 'RAN%') AS ran FROM scheduled_fires
                                       WHERE fire_id <= (SELECT max(fire_id) FROM scheduled_fires WHERE outcome <> 'RUNNING')
                                       GROUP BY run_date) AS per_date
                                     ORDER BY run_date"""))
                            .as("per run date, one fire ran the night, every other did nothing")
                            .isNotEmpty()
                            .allSatisfy(line -> assertThat(line).endsWith(" 1"));
                    assertThat(strings(db, """
                                    SELECT DISTINCT outcome FROM scheduled_fires WHERE fire_id > %d AND outcome <> 'RUNNING'
                                    """.formatted(bothUp))).contains("SKIPPED");
                    System.err.println("fires per instance: "
                            + strings(
                                    db,
                                    "SELECT instance_id || ' ' || count(*) FROM scheduled_fires GROUP BY instance_id"));
                }
            } finally {
                stop(second);
                stop(first);
            }
            assertThat(inbox.resolve("001-sample"))
                    .as("a failed night leaves its bundle")
                    .isDirectory();
            assertThat(inbox.resolve("done")).doesNotExist();
        }
    }

    @Test
    void aNightMissedWhileEveryInstanceWasDownRunsOnceWhenOneComesBack() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path inbox = work.resolve("inbox");
            copyBundle(shell, inbox.resolve("b-second"));
            copyBundle(shell, inbox.resolve("a-first"));
            Files.createDirectories(inbox.resolve(".arriving"));
            shell.environment.put("INBOX_DIR", inbox.toString());
            // the default cron: 01:00 every day in Asia/Shanghai

            PipelineShell.Started serve = shell.start("serve");
            try {
                PipelineShell.awaitServing(serve, START);
            } finally {
                stop(serve);
            }
            // every instance down across three nights: with the database up but no scheduler, the stored
            // trigger is made due since three slots ago
            PipelineShell.Started noScheduler = shell.start(Map.of("SPRING_QUARTZ_AUTOSTARTUP", "false"), "serve");
            try {
                PipelineShell.awaitServing(noScheduler, START);
                try (Connection db = shell.database()) {
                    long nextFire = nextFireTime(db);
                    assertThat(nextFire).isGreaterThan(System.currentTimeMillis());
                    try (Statement st = db.createStatement()) {
                        st.executeUpdate("UPDATE qrtz_triggers SET next_fire_time = " + (nextFire - 3 * 86_400_000L)
                                + " WHERE trigger_name = 'night'");
                    }
                    assertThat(strings(db, "SELECT count(*)::text FROM scheduled_fires"))
                            .containsExactly("0");
                }
            } finally {
                stop(noScheduler);
            }

            PipelineShell.Started back = shell.start("serve");
            try {
                PipelineShell.awaitServing(back, START);
                try (Connection db = shell.database()) {
                    PipelineShell.await(
                            "the missed night finished",
                            Duration.ofMinutes(8),
                            () -> !strings(
                                            db,
                                            "SELECT status FROM pipeline_runs WHERE command = 'scheduled' AND status <> 'RUNNING'")
                                    .isEmpty());
                    assertThat(strings(db, "SELECT outcome FROM scheduled_fires"))
                            .containsExactly("RAN_COMPLETED");
                    assertThat(strings(db, "SELECT run_date::text FROM scheduled_fires"))
                            .containsExactly(
                                    LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
                    assertThat(strings(
                                    db,
                                    "SELECT status || ' ' || bundle FROM pipeline_runs WHERE command = 'scheduled'"))
                            .containsExactly(
                                    "COMPLETED " + inbox.resolve("a-first") + "\n" + inbox.resolve("b-second"));
                    assertThat(nextFireTime(db))
                            .as("not once per missed slot: the next fire is the next night")
                            .isGreaterThan(System.currentTimeMillis());
                }
            } finally {
                stop(back);
            }
            assertThat(inbox.resolve("done/a-first")).isDirectory();
            assertThat(inbox.resolve("done/b-second")).isDirectory();
            assertThat(inbox.resolve("a-first")).doesNotExist();
            assertThat(inbox.resolve(".arriving"))
                    .as("a folder still arriving is left alone")
                    .isDirectory();
        }
    }

    private static long nextFireTime(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs =
                        st.executeQuery("SELECT next_fire_time FROM qrtz_triggers WHERE trigger_name = 'night'")) {
            assertThat(rs.next()).as("the night's trigger is stored").isTrue();
            return rs.getLong(1);
        }
    }

    private static long maxFireId(PipelineShell shell) throws Exception {
        try (Connection db = shell.database()) {
            List<String> max = strings(db, "SELECT coalesce(max(fire_id), 0)::text FROM scheduled_fires");
            return Long.parseLong(max.get(0));
        }
    }

    private static long finishedFiresAfter(PipelineShell shell, long fireId) {
        try (Connection db = shell.database()) {
            return Long.parseLong(strings(
                            db,
                            "SELECT count(*)::text FROM scheduled_fires WHERE outcome <> 'RUNNING' AND fire_id > "
                                    + fireId)
                    .get(0));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> strings(Connection db, String sql) {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void stop(PipelineShell.Started serve) throws InterruptedException {
        if (serve != null && serve.process().isAlive()) {
            serve.process().destroy();
            assertThat(serve.process().waitFor(2, TimeUnit.MINUTES))
                    .as("serve stops on SIGTERM")
                    .isTrue();
        }
    }

    private static void copyBundle(PipelineShell shell, Path target) {
        Path source = shell.root.resolve("samples/bundle");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
