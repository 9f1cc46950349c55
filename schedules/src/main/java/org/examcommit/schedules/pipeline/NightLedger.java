package org.examcommit.schedules.pipeline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scheduled nights' ledger ({@code scheduled_nights}, migration V32): a run date is claimed once, by
 * the database's primary key, together with the night's run row.
 */
@Repository
public class NightLedger {

    /** {@code pipeline_runs.command} of a night the scheduler started. */
    public static final String SCHEDULED = "scheduled";

    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public NightLedger(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Starts the date's scheduled night: its run row (command {@code scheduled}) and its ledger row in one
     * transaction. Empty when the date is claimed already (the run row is rolled back with the claim).
     */
    OptionalLong claim(LocalDate runDate, String bundle, String instanceId) {
        return claim(runDate, bundle, instanceId, null);
    }

    /**
     * As {@link #claim(LocalDate, String, String)}, the run row written {@code FAILED} with {@code error}
     * when one is given (a night that could not start, for {@code retry}), in the same transaction.
     */
    OptionalLong claim(LocalDate runDate, String bundle, String instanceId, String error) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                long runId;
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO pipeline_runs (run_date, command, bundle, status, error, finished_at)
                        VALUES (?, ?, ?, CASE WHEN ?::text IS NULL THEN 'RUNNING' ELSE 'FAILED' END, ?,
                                CASE WHEN ?::text IS NULL THEN NULL ELSE now() END)
                        RETURNING run_id""")) {
                    ps.setObject(1, runDate);
                    ps.setString(2, SCHEDULED);
                    ps.setString(3, bundle);
                    ps.setString(4, error);
                    ps.setString(5, error);
                    ps.setString(6, error);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        runId = rs.getLong(1);
                    }
                }
                int claimed;
                try (PreparedStatement ps = c.prepareStatement("""
                        INSERT INTO scheduled_nights (run_date, run_id, instance_id) VALUES (?, ?, ?)
                        ON CONFLICT (run_date) DO NOTHING""")) {
                    ps.setObject(1, runDate);
                    ps.setLong(2, runId);
                    ps.setString(3, instanceId);
                    claimed = ps.executeUpdate();
                }
                if (claimed == 0) {
                    c.rollback();
                    return OptionalLong.empty();
                }
                c.commit();
                return OptionalLong.of(runId);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot claim the scheduled night of " + runDate, e);
        }
    }

    /** The run that claimed the date's scheduled night, if one did. */
    public Optional<Long> claimedBy(LocalDate runDate) {
        return jdbc.sql("SELECT run_id FROM scheduled_nights WHERE run_date = :runDate")
                .param("runDate", runDate)
                .query(Long.class)
                .optional();
    }
}
