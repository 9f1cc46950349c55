package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands beside a running {@code serve} on the same DATA_DIR use its database; serve keeps answering. */
class BesideServeIT {

    @TempDir
    Path work;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void statusAndExportAttachToTheServersDatabaseWhileItKeepsServing() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            PipelineShell.Started serve = shell.start("serve");
            try {
                awaitHttp(shell, serve);

                PipelineShell.Result status = shell.run("status");
                assertThat(status.exitCode()).as(status.toString()).isZero();
                assertThat(status.stdout()).contains("no runs yet");
                assertThat(status.stderr()).contains("Attached to the embedded PostgreSQL");

                PipelineShell.Result export = shell.run(
                        "export",
                        "quarantine",
                        "--date",
                        "2026-11-20",
                        "--out",
                        work.resolve("q.csv").toString());
                assertThat(export.exitCode()).as(export.toString()).isEqualTo(1);
                assertThat(export.stderr())
                        .contains("Attached to the embedded PostgreSQL", "no quarantine for run date");

                assertThat(get(shell, "/v3/api-docs")).as("serve still answers").isIn(200, 401, 403);
                assertThat(serve.process().isAlive()).isTrue();
            } finally {
                serve.process().destroy();
                assertThat(serve.process().waitFor(2, TimeUnit.MINUTES))
                        .as("serve stops on SIGTERM")
                        .isTrue();
            }
        }
    }

    @Test
    void serveStoppingLeavesTheDatabaseToTheProcessesStillUsingIt() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            PipelineShell.Started serve = shell.start("serve");
            awaitHttp(shell, serve);
            int port = Integer.parseInt(Files.readAllLines(shell.dataDir.resolve("postgres/postmaster.pid"))
                    .get(3)
                    .trim());

            // another live process's session, as a night attached to serve's database would hold
            try (Connection attached = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres?ApplicationName=examcommit-"
                            + ProcessHandle.current().pid(),
                    "postgres",
                    // issue 19: the embedded PostgreSQL asks for the password serve generated under DATA_DIR
                    Files.readString(shell.dataDir.resolve("postgres.password")).strip())) {
                serve.process().destroy();
                assertThat(serve.process().waitFor(2, TimeUnit.MINUTES))
                        .as("serve stops on SIGTERM")
                        .isTrue();
                assertThat(serve.stderr()).contains("Leaving the embedded PostgreSQL");
                try (ResultSet rs = attached.createStatement().executeQuery("SELECT count(*) FROM pipeline_runs")) {
                    assertThat(rs.next()).as("the attached session still works").isTrue();
                }
            }

            PipelineShell.Result status = shell.run("status");
            assertThat(status.exitCode())
                    .as("the next command takes the server over:\n" + status)
                    .isZero();
            assertThat(status.stdout()).contains("no runs yet");
        }
    }

    private void awaitHttp(PipelineShell shell, PipelineShell.Started serve) throws InterruptedException {
        long deadline = System.nanoTime() + PipelineShell.COMMAND_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(serve.process().isAlive())
                    .as("serve died:\n" + serve.stderr())
                    .isTrue();
            try {
                get(shell, "/v3/api-docs");
                return;
            } catch (IOException notYet) {
                Thread.sleep(500);
            }
        }
        throw new AssertionError("serve did not answer HTTP in time:\n" + serve.stderr());
    }

    private int get(PipelineShell shell, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + shell.port + path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
