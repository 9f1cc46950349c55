package org.examcommit.batch.verification;

import java.time.Duration;
import java.time.LocalDate;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Logs the verify step's progress at most once per interval: items done, items per second, time left. */
class ProgressListener implements StepExecutionListener, ChunkListener<Object, VerificationOutcome> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private static final String REMAINING = """
            SELECT count(*) FROM verification_queue q
             WHERE q.run_date = :runDate
               AND NOT EXISTS (SELECT 1 FROM verification_results v
                                WHERE v.run_date = q.run_date AND v.application_id = q.application_id)
            """;

    private final JdbcClient jdbc;
    private final LocalDate runDate;
    private final long intervalNanos;
    private long total;
    private long done;
    private long started;
    private long lastLogged;

    ProgressListener(JdbcClient jdbc, LocalDate runDate, Duration interval) {
        this.jdbc = jdbc;
        this.runDate = runDate;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        total = jdbc.sql(REMAINING).param("runDate", runDate).query(Long.class).single();
        started = System.nanoTime();
        lastLogged = started;
        log.info("Verification {}: {} applications to verify", runDate, total);
    }

    @Override
    public void afterChunk(Chunk<VerificationOutcome> chunk) {
        done += chunk.size();
        long now = System.nanoTime();
        if (now - lastLogged >= intervalNanos) {
            lastLogged = now;
            log.info("Verification {}: {}", runDate, progress(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info(
                "Verification {}: step {} with {}; {} skipped",
                runDate,
                stepExecution.getStatus(),
                progress(System.nanoTime()),
                stepExecution.getProcessSkipCount());
        return stepExecution.getExitStatus();
    }

    private String progress(long now) {
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        long left = Math.max(0, total - done);
        String eta = rate > 0
                ? Duration.ofSeconds(Math.round(left / rate))
                        .toString()
                        .substring(2)
                        .toLowerCase()
                : "unknown";
        return String.format("%,d of %,d done, %,.0f items/s, %s left", done, total, rate, eta);
    }
}
