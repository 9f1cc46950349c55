package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster path: a Spark standalone master and worker started from the Maven jars on 127.0.0.1,
 * and a night on the sample bundle with SPARK_MASTER pointing at them, whose analytics exports are
 * the same as local[*]'s (samples/expected).
 */
class SparkClusterIT {

    @TempDir
    Path work;

    @Test
    void theAnalyticsOnAStandaloneClusterWriteWhatLocalSparkWrites() throws Exception {
        Path root = Path.of(System.getProperty("pipeline.root", ".."))
                .toAbsolutePath()
                .normalize();
        Path home = root.resolve("analytics/target");
        Path sparkHome = work.resolve("spark-home");
        Files.createDirectories(sparkHome);
        // the worker launches executors with SPARK_HOME/jars/* as their classpath
        Files.createSymbolicLink(sparkHome.resolve("jars"), home.resolve("spark-jars"));
        int masterPort = freePort();
        int masterUi = freePort();
        String master = "spark://127.0.0.1:" + masterPort;
        List<Process> cluster = new ArrayList<>();
        try (PipelineShell shell = new PipelineShell(work)) {
            cluster.add(spark(
                    sparkHome,
                    "master",
                    "org.apache.spark.deploy.master.Master",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(masterPort),
                    "--webui-port",
                    Integer.toString(masterUi)));
            cluster.add(spark(
                    sparkHome,
                    "worker",
                    "org.apache.spark.deploy.worker.Worker",
                    "--host",
                    "127.0.0.1",
                    "--webui-port",
                    Integer.toString(freePort()),
                    "--cores",
                    "2",
                    "--memory",
                    "1536m",
                    master));
            awaitOneWorker(masterUi, cluster);

            PipelineShell.Result night = shell.runWith(
                    Map.of("SPARK_MASTER", master),
                    "run",
                    "--date",
                    NightOnSampleBundleIT.RUN_DATE,
                    "--bundle",
                    root.resolve("samples/bundle").toString());
            assertThat(night.exitCode()).as(night.toString()).isZero();
            for (String dataset : NightOnSampleBundleIT.ANALYTICS) {
                Path exported = NightOnSampleBundleIT.export(shell, dataset, "cluster");
                assertThat(ExportedCsv.rows(exported))
                        .as(dataset + " on the cluster")
                        .containsExactlyElementsOf(
                                ExportedCsv.rows(root.resolve("samples/expected/" + dataset + ".csv")));
            }
        } finally {
            for (Process p : cluster) {
                p.destroy();
                p.onExit().get();
            }
        }
    }

    private Process spark(Path sparkHome, String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
        command.add("-cp");
        command.add(sparkHome.resolve("jars") + File.separator + "*");
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_WORKER_DIR", work.resolve("worker").toString());
        return builder.start();
    }

    /** Polls the master's JSON status until one worker is alive (or a cluster process died). */
    private void awaitOneWorker(int masterUi, List<Process> cluster) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(cluster).as(logs()).allMatch(Process::isAlive);
            try {
                String status = http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                if (status.replace(" ", "").contains("\"aliveworkers\":1")) {
                    return;
                }
            } catch (IOException notYetUp) {
                // the master's UI is not listening yet
            }
            cluster.get(0).waitFor(Duration.ofMillis(500).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        throw new AssertionError("no worker registered with the master in 3 minutes\n" + logs());
    }

    private String logs() {
        try (Stream<Path> files = Files.list(work)) {
            StringBuilder text = new StringBuilder();
            for (Path f : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                text.append(f.getFileName())
                        .append(":\n")
                        .append(Files.readString(f))
                        .append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
