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
 * After the night's results are written: fills the date's on-site verification list (the prepare step
 * emptied it, and a failed apply rolls back whole) and moves each
 * application to EXEMPT or ONSITE_REQUIRED with an event on its timeline, in one transaction of set-based
 * statements (a join of the date's results with applications, not a probe per application). Only an
 * application still in online verification whose state changes is touched, so a re-run of the date with
 * the same results adds nothing, and a paid or void application keeps its state.
 */
class ApplyResultsTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ApplyResultsTasklet.class);

    static final String ACTOR = "nightly-verification";

    /**
     * A kill after this step's transaction committed but before Spring Batch marked the step COMPLETED makes
     * the restart run it again: the list is cleared first, in the same transaction, so it is filled once.
     */
    private static final String CLEAR_ONSITE = "DELETE FROM onsite_verification_list WHERE run_date = :runDate";

    private static final String FILL_ONSITE = """
            INSERT INTO onsite_verification_list (run_date, application_id, reasons)
            SELECT run_date, application_id, reasons FROM verification_results
             WHERE run_date = :runDate AND route = 'ONSITE'
            """;

    /** The event's reason names the night and its result, as the candidate reads it on the timeline. */
    private static final String MOVE_APPLICATIONS = """
            WITH moved AS (
                UPDATE applications a
                   SET status = CASE v.route WHEN 'EXEMPT' THEN 'EXEMPT' ELSE 'ONSITE_REQUIRED' END, updated_at = now()
                  FROM verification_results v
                 WHERE v.run_date = :runDate
                   AND a.application_id = v.application_id
                   AND a.status IN ('AWAITING_ONLINE_VERIFICATION', 'EXEMPT', 'ONSITE_REQUIRED')
                   AND a.status <> CASE v.route WHEN 'EXEMPT' THEN 'EXEMPT' ELSE 'ONSITE_REQUIRED' END
                RETURNING a.application_id, a.status, v.reasons
            )
            INSERT INTO application_events (application_id, status, reason, actor)
            SELECT application_id, status,
                   'online verification ' || to_char(CAST(:runDate AS date), 'YYYY-MM-DD') || ': '
                       || CASE status WHEN 'EXEMPT' THEN 'exempt from on-site verification'
                          ELSE 'on-site verification required (' || array_to_string(reasons, ', ') || ')' END,
                   :actor
              FROM moved
            """;

    private final JdbcClient jdbc;
    private final LocalDate runDate;
    private final FaultInjection faults;

    ApplyResultsTasklet(JdbcClient jdbc, LocalDate runDate, FaultInjection faults) {
        this.jdbc = jdbc;
        this.runDate = runDate;
        this.faults = faults;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long start = System.nanoTime();
        jdbc.sql(CLEAR_ONSITE).param("runDate", runDate).update();
        int onsite = jdbc.sql(FILL_ONSITE).param("runDate", runDate).update();
        int moved = jdbc.sql(MOVE_APPLICATIONS)
                .param("runDate", runDate)
                .param("actor", ACTOR)
                .update();
        faults.afterApply(moved);
        contribution.incrementWriteCount(moved);
        log.info(
                "Verification {}: {} applications changed state, {} on the on-site verification list ({} ms)",
                runDate,
                moved,
                onsite,
                (System.nanoTime() - start) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
