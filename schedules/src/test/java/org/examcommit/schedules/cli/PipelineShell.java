package org.examcommit.schedules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./pipeline} from the repository root as a user does, on its own DATA_DIR and
 * OUTPUT_ROOT, in a process group of its own (started through {@code setsid}) so that a test can
 * kill the whole group. Each command's stdout and stderr go to files, read back as text.
 */
final class PipelineShell implements AutoCloseable {

    static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);

    final Path root =
            Path.of(System.getProperty("pipeline.root", "..")).toAbsolutePath().normalize();
    final Path work;
    final Path dataDir;
    final Path outputRoot;
    final int port;
    /** Set for every command of this shell (a test's own settings). */
    final Map<String, String> environment = new java.util.HashMap<>();

    private int commands;

    PipelineShell(Path work) {
        this.work = work;
        this.dataDir = work.resolve("data");
        this.outputRoot = work.resolve("output");
        this.port = freePort();
    }

    /** Runs a command to its end. */
    Result run(String... args) {
        Started started = start(args);
        return started.await(COMMAND_TIMEOUT);
    }

    /** Runs a command to its end with extra environment variables. */
    Result runWith(Map<String, String> env, String... args) {
        return start(env, args).await(COMMAND_TIMEOUT);
    }

    /** Starts a command in a new session (its own process group) and returns at once. */
    Started start(String... args) {
        return start(Map.of(), args);
    }

    /** Starts a command with extra environment variables and returns at once. */
    Started start(Map<String, String> env, String... args) {
        int n = ++commands;
        Path out = work.resolve("cmd" + n + ".out");
        Path err = work.resolve("cmd" + n + ".err");
        List<String> command =
                new ArrayList<>(List.of("setsid", root.resolve("pipeline").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().put("DATA_DIR", dataDir.toString());
        builder.environment().put("OUTPUT_ROOT", outputRoot.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("PIPELINE_NO_BUILD", "1");
        builder.environment().put("JAVA_OPTS", "-Xmx768m");
        builder.environment().putAll(environment);
        builder.environment().putAll(env);
        try {
            return new Started(builder.start(), out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops a postmaster this test's DATA_DIR may still have (after a kill -9), so no test leaves one behind. */
    @Override
    public void close() throws Exception {
        Path pid = dataDir.resolve("postgres/postmaster.pid");
        if (Files.exists(pid)) {
            long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            ProcessHandle.of(postmaster).ifPresent(p -> {
                try {
                    new ProcessBuilder("kill", "-INT", Long.toString(postmaster))
                            .start()
                            .waitFor();
                    p.onExit().get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        }
    }

    /** Waits until a started {@code serve} says it is serving (its scheduler is up by then too). */
    static void awaitServing(Started serve, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!serve.stderr().contains("pipeline: serving on port")) {
            if (!serve.process().isAlive()) {
                throw new AssertionError("serve ended before it served; stderr:\n" + serve.stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("serve did not start within " + timeout + "; stderr:\n" + serve.stderr());
            }
            pause();
        }
    }

    /** Polls {@code condition} every half second until it holds; fails after {@code timeout}. */
    static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A connection to this shell's embedded PostgreSQL while a command of it runs. */
    java.sql.Connection database() throws java.sql.SQLException, IOException {
        int pgPort = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(3)
                .trim());
        return java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + pgPort + "/postgres?ApplicationName=examcommit-"
                        + ProcessHandle.current().pid(),
                "postgres",
                // issue 19: the embedded PostgreSQL asks for the password generated under DATA_DIR
                Files.readString(dataDir.resolve("postgres.password")).strip());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command started in its own session; its pid is also its process group id. */
    record Started(Process process, Path out, Path err) {

        Result await(Duration timeout) {
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    killGroup();
                    throw new AssertionError("./pipeline did not finish within " + timeout + "; stderr:\n" + stderr());
                }
                return new Result(process.exitValue(), read(out), read(err));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        String stderr() {
            return read(err);
        }

        /** {@code kill -9} of the whole process group: the launcher script and its JVM. */
        void killGroup() {
            try {
                new ProcessBuilder("kill", "-9", "--", "-" + process.pid())
                        .inheritIO()
                        .start()
                        .waitFor();
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String read(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What a finished command left: exit code, stdout, stderr. */
    record Result(int exitCode, String stdout, String stderr) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
