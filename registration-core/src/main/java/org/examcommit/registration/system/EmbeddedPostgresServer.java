package org.examcommit.registration.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data directory: started by the first process that needs it,
 * shared with every later process on the same directory while its owner runs.
 *
 * <p>The owner holds a file lock ({@code owner.lock}) for its whole life; the OS drops it when the
 * owner dies, even on {@code kill -9}. A process that cannot take the lock attaches to the running
 * server on the port written in {@code postmaster.pid}. A process that takes the lock but finds a
 * postmaster alive knows it is an orphan of a crashed owner: if nobody is connected it stops it and
 * starts a fresh one; if clients are still connected (an owner that left it to them) it adopts it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";

    private final Path pgDirectory;
    private final int port;
    private final EmbeddedPostgres started;
    private final FileChannel lockChannel;
    private final FileLock ownerLock;

    private EmbeddedPostgresServer(Path pgDirectory, int port, EmbeddedPostgres started,
            FileChannel lockChannel, FileLock ownerLock) {
        this.pgDirectory = pgDirectory;
        this.port = port;
        this.started = started;
        this.lockChannel = lockChannel;
        this.ownerLock = ownerLock;
    }

    /** Starts the server of {@code dataDir}, or attaches to the one another process runs there. */
    public static synchronized EmbeddedPostgresServer startOrAttach(Path dataDir) {
        try {
            Path pgDirectory = dataDir.toAbsolutePath().normalize().resolve("postgres");
            Files.createDirectories(pgDirectory.getParent());
            Path lockFile = dataDir.toAbsolutePath().normalize().resolve("owner.lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                int port = waitForRunningPort(pgDirectory);
                log.info("Attached to the embedded PostgreSQL of {} on port {}", dataDir, port);
                return new EmbeddedPostgresServer(pgDirectory, port, null, null, null);
            }
            Optional<Integer> orphanPort = livePostmasterPort(pgDirectory);
            if (orphanPort.isPresent()) {
                if (clientsConnected(orphanPort.get())) {
                    log.info("Adopting the embedded PostgreSQL of {} on port {}: clients still use it", dataDir, orphanPort.get());
                    return new EmbeddedPostgresServer(pgDirectory, orphanPort.get(), null, channel, lock);
                }
                stopOrphan(pgDirectory);
            }
            Files.deleteIfExists(pgDirectory.resolve("postmaster.pid"));
            long t0 = System.nanoTime();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("work_mem", "64MB")
                    .setServerConfig("maintenance_work_mem", "512MB")
                    .start();
            log.info("Started the embedded PostgreSQL of {} on port {} in {} ms", dataDir, pg.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            return new EmbeddedPostgresServer(pgDirectory, pg.getPort(), pg, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL under " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String username() {
        return USER;
    }

    public int port() {
        return port;
    }

    /** True when this process started (or adopted) the server and stops it on close. */
    public boolean owner() {
        return ownerLock != null;
    }

    /**
     * Stops the server if this process owns it and nobody else is connected; otherwise leaves it to
     * the processes still using it (the next process to start adopts or clears it).
     */
    @Override
    public synchronized void close() {
        if (ownerLock == null) {
            return;
        }
        try {
            if (clientsConnected(port)) {
                log.info("Leaving the embedded PostgreSQL on port {} running: other processes use it", port);
            } else if (started != null) {
                started.close();
            } else {
                stopOrphan(pgDirectory);
            }
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        } finally {
            try {
                ownerLock.release();
                lockChannel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The port of a live postmaster in the directory, from postmaster.pid (line 1 pid, line 4 port). */
    static Optional<Integer> livePostmasterPort(Path pgDirectory) throws IOException {
        Path pidFile = pgDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(Integer.parseInt(lines.get(3).trim())) : Optional.empty();
    }

    private static int waitForRunningPort(Path pgDirectory) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<Integer> port = livePostmasterPort(pgDirectory);
            if (port.isPresent() && accepts(port.get())) {
                return port.get();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("Another process owns the embedded PostgreSQL under " + pgDirectory
                + " but it did not accept connections within 60 s");
    }

    private static boolean accepts(int port) {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean clientsConnected(int port) {
        String sql = "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()";
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", USER, "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stops a postmaster left behind by a crashed owner: fast shutdown, then a hard kill if it lingers. */
    private static void stopOrphan(Path pgDirectory) throws IOException {
        Path pidFile = pgDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        log.warn("Stopping an embedded PostgreSQL (pid {}) left running by a process that died", pid);
        // SIGINT asks the postmaster for a fast shutdown; ProcessHandle.destroy sends SIGTERM (smart).
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
        try {
            handle.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.get().destroyForcibly();
        }
    }
}
