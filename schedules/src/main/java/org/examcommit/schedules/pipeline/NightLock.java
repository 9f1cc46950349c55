package org.examcommit.schedules.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One night at a time per database: a PostgreSQL session-level advisory lock held on its own
 * connection. The server drops it when the holder's connection goes, so a process killed with
 * {@code kill -9} never leaves it behind.
 */
@Component
public class NightLock {

    /** An arbitrary key of this application in the database's advisory-lock space. */
    private static final long KEY = 0x6578_616d_6e69_6768L;

    /** How often a waiting scheduled night asks for the lock again. */
    private static final long POLL_MILLIS = 2_000;

    private final DataSource dataSource;

    public NightLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The lock, or empty when another process holds it (a night is running). */
    public Optional<Held> tryAcquire() {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new Held(connection));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot take the night lock: " + e.getMessage(), e);
        }
    }

    /**
     * The lock, waiting for it up to {@code wait} (polled every few seconds); empty when the night that
     * holds it is still running then.
     */
    public Optional<Held> acquireWaiting(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Held> held = tryAcquire();
            if (held.isPresent() || System.nanoTime() >= deadline) {
                return held;
            }
            try {
                Thread.sleep(Math.min(POLL_MILLIS, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** The held lock; closing releases it. */
    public static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection;
                    PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                ps.setLong(1, KEY);
                ps.execute();
            } catch (SQLException e) {
                // closing the connection ends the session, which releases the lock anyway
            }
        }
    }
}
