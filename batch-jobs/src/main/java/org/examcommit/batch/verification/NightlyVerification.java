package org.examcommit.batch.verification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs one night's verification for a run date: restarts the date's last execution when it failed, was
 * stopped, or was left running by a process that died (no process holds the date's lock); otherwise starts a
 * new instance, which replaces the date's output. The date's earlier runs are found through Spring Batch's
 * JobRepository, by their identifying parameters, never by reading its tables.
 */
@Component
public class NightlyVerification {

    private static final Logger log = LoggerFactory.getLogger(NightlyVerification.class);

    private static final String COUNTS = """
            SELECT count(*) AS verified, count(*) FILTER (WHERE route = 'EXEMPT') AS exempt,
                   count(*) FILTER (WHERE route = 'ONSITE') AS onsite,
                   (SELECT count(*) FROM quarantine WHERE run_date = :runDate AND dataset = :dataset) AS skipped
              FROM verification_results WHERE run_date = :runDate
            """;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    public NightlyVerification(
            JobOperator jobOperator,
            JobRepository jobRepository,
            @Qualifier("nightlyVerificationJob") Job job,
            DataSource dataSource,
            JdbcClient jdbc) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** Verifies the run date's applications (with bundleOnly: those its bundle import loaded) and reports the counts. */
    public VerificationReport verify(LocalDate runDate, boolean bundleOnly) {
        try (Connection lock = dataSource.getConnection()) {
            if (!lock(lock, runDate, "pg_try_advisory_lock")) {
                throw new VerificationFailedException(runDate, "another process is verifying this run date");
            }
            try {
                JobExecution execution = run(runDate, bundleOnly);
                if (execution.getStatus() != BatchStatus.COMPLETED) {
                    throw new VerificationFailedException(runDate, execution.getStatus() + ": " + reason(execution));
                }
                return report(runDate);
            } finally {
                // the pool keeps the session open, so the lock is released explicitly
                lock(lock, runDate, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new VerificationFailedException(runDate, "database: " + e.getMessage());
        }
    }

    private JobExecution run(LocalDate runDate, boolean bundleOnly) {
        try {
            LatestRun latest = latestRun(runDate);
            JobExecution last = latest.instance() == null ? null : jobRepository.getLastJobExecution(latest.instance());
            if (last != null && last.getStatus().isRunning()) {
                // this process holds the date's lock, so no live process runs that execution: its process died
                log.warn(
                        "Verification {}: execution {} was left {} by a process that ended; marking it failed",
                        runDate,
                        last.getId(),
                        last.getStatus());
                jobOperator.recover(last);
                last = jobRepository.getJobExecution(last.getId());
            }
            if (last != null
                    && sameBundleOnly(last, bundleOnly)
                    && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
                log.info("Verification {}: restarting execution {} ({})", runDate, last.getId(), last.getStatus());
                return jobOperator.restart(last);
            }
            return jobOperator.start(job, parameters(runDate, bundleOnly, latest.run() + 1));
        } catch (VerificationFailedException e) {
            throw e;
        } catch (Exception e) {
            throw new VerificationFailedException(runDate, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The date's newest job instance and its run number (0 and no instance before the date's first run). */
    private record LatestRun(JobInstance instance, long run) {}

    /**
     * A date's runs are numbered 1, 2, ... whichever their bundleOnly, and the three parameters identify an
     * instance: so the repository is asked for run 1, 2, ... of the date until neither bundleOnly value knows
     * one (a few lookups by the instance key, however many nights the repository holds).
     */
    private LatestRun latestRun(LocalDate runDate) {
        LatestRun latest = new LatestRun(null, 0);
        for (long run = 1; ; run++) {
            JobInstance instance = instance(runDate, true, run);
            if (instance == null) {
                instance = instance(runDate, false, run);
            }
            if (instance == null) {
                return latest;
            }
            latest = new LatestRun(instance, run);
        }
    }

    private JobInstance instance(LocalDate runDate, boolean bundleOnly, long run) {
        return jobRepository.getJobInstance(VerificationJobConfiguration.JOB, parameters(runDate, bundleOnly, run));
    }

    private static JobParameters parameters(LocalDate runDate, boolean bundleOnly, long run) {
        return new JobParametersBuilder()
                .addLocalDate(VerificationJobConfiguration.RUN_DATE, runDate)
                .addString(VerificationJobConfiguration.BUNDLE_ONLY, String.valueOf(bundleOnly))
                .addLong(VerificationJobConfiguration.RUN, run)
                .toJobParameters();
    }

    private static boolean sameBundleOnly(JobExecution execution, boolean bundleOnly) {
        return String.valueOf(bundleOnly)
                .equals(execution.getJobParameters().getString(VerificationJobConfiguration.BUNDLE_ONLY));
    }

    private VerificationReport report(LocalDate runDate) {
        return jdbc.sql(COUNTS)
                .param("runDate", runDate)
                .param("dataset", QuarantineSkipListener.DATASET)
                .query((rs, n) -> new VerificationReport(
                        runDate,
                        rs.getLong("verified"),
                        rs.getLong("exempt"),
                        rs.getLong("onsite"),
                        rs.getLong("skipped")))
                .single();
    }

    /** A session-level advisory lock per run date, held while this process runs the date and freed if it dies. */
    private static boolean lock(Connection connection, LocalDate runDate, String function) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + function + "(hashtext(?), ?)")) {
            ps.setString(1, VerificationJobConfiguration.JOB);
            ps.setInt(2, (int) runDate.toEpochDay());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The most telling cause: a skip limit reached, else the deepest cause of the first failure. */
    private static String reason(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            return execution.getExitStatus().getExitDescription();
        }
        Throwable deepest = failures.get(0);
        for (Throwable t = deepest; t != null; t = t.getCause()) {
            if (t instanceof SkipLimitExceededException) {
                return "more applications failed than the skip limit allows (examcommit.verification.skip-limit): "
                        + t.getMessage();
            }
            deepest = t;
        }
        return deepest.getClass().getSimpleName() + ": " + deepest.getMessage();
    }
}
