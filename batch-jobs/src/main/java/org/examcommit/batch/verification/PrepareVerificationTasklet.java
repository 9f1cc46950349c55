package org.examcommit.batch.verification;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The first step of a fresh night (a restart skips it, as it completed): fixes the night's queue and clears
 * the date's earlier output, in one transaction. With bundleOnly the queue is the applications the date's
 * bundle import loaded; otherwise every application awaiting online verification plus those the date
 * verified before, so a re-run of a date replaces its output rather than emptying it.
 */
class PrepareVerificationTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PrepareVerificationTasklet.class);

    private static final String QUEUE_BUNDLE = """
            INSERT INTO verification_queue (run_date, application_id)
            SELECT :runDate, application_id FROM applications WHERE import_run_date = :runDate
            """;
    private static final String QUEUE_AWAITING = """
            INSERT INTO verification_queue (run_date, application_id)
            SELECT :runDate, application_id FROM applications WHERE status = 'AWAITING_ONLINE_VERIFICATION'
             UNION
            SELECT run_date, application_id FROM verification_results WHERE run_date = :runDate
            """;

    private final JdbcClient jdbc;
    private final LocalDate runDate;
    private final boolean bundleOnly;

    PrepareVerificationTasklet(JdbcClient jdbc, LocalDate runDate, boolean bundleOnly) {
        this.jdbc = jdbc;
        this.runDate = runDate;
        this.bundleOnly = bundleOnly;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        jdbc.sql("DELETE FROM verification_queue WHERE run_date = :runDate")
                .param("runDate", runDate)
                .update();
        int queued = jdbc.sql(bundleOnly ? QUEUE_BUNDLE : QUEUE_AWAITING)
                .param("runDate", runDate)
                .update();
        jdbc.sql("DELETE FROM onsite_verification_list WHERE run_date = :runDate")
                .param("runDate", runDate)
                .update();
        int replaced = jdbc.sql("DELETE FROM verification_results WHERE run_date = :runDate")
                .param("runDate", runDate)
                .update();
        jdbc.sql("DELETE FROM quarantine WHERE run_date = :runDate AND dataset = :dataset")
                .param("runDate", runDate)
                .param("dataset", QuarantineSkipListener.DATASET)
                .update();
        contribution.incrementWriteCount(queued);
        log.info(
                "Verification {}: {} applications to verify ({}), {} earlier results replaced",
                runDate,
                queued,
                bundleOnly ? "loaded by the bundle" : "awaiting online verification",
                replaced);
        return RepeatStatus.FINISHED;
    }
}
