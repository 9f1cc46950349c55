package org.examcommit.schedules.quartz;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.examcommit.contract.ContractTime;
import org.examcommit.schedules.pipeline.NightFailedException;
import org.examcommit.schedules.pipeline.NightLedger;
import org.examcommit.schedules.pipeline.NightlyPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a fire of the nightly trigger does: the night of the fire's day in Asia/Shanghai, once (the
 * ledger decides), each fire recorded in {@code scheduled_fires} with what it did.
 */
@Service
public class ScheduledNights {

    private static final Logger log = LoggerFactory.getLogger(ScheduledNights.class);

    private final NightlyPipeline pipeline;
    private final NightLedger ledger;
    private final ScheduleProperties properties;
    private final JdbcClient jdbc;

    ScheduledNights(NightlyPipeline pipeline, NightLedger ledger, ScheduleProperties properties, JdbcClient jdbc) {
        this.pipeline = pipeline;
        this.ledger = ledger;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /** The night's run date for a fire scheduled at that instant: its day in Asia/Shanghai. */
    static LocalDate runDateOf(Instant scheduledFireTime) {
        return LocalDate.ofInstant(scheduledFireTime, ContractTime.ZONE);
    }

    void fire(Fire fire) {
        LocalDate runDate = runDateOf(fire.scheduledAt());
        long fireId = jdbc.sql("""
                        INSERT INTO scheduled_fires (fire_instance_id, instance_id, scheduled_fire_time, run_date, outcome)
                        VALUES (:fireInstanceId, :instanceId, :scheduledAt, :runDate, 'RUNNING') RETURNING fire_id""")
                .param("fireInstanceId", fire.fireInstanceId())
                .param("instanceId", fire.instanceId())
                .param("scheduledAt", java.sql.Timestamp.from(fire.scheduledAt()))
                .param("runDate", runDate)
                .query(Long.class)
                .single();
        log.info("Nightly fire {} on {}: the night of {}", fire.fireInstanceId(), fire.instanceId(), runDate);
        try {
            Optional<NightlyPipeline.Night> night =
                    pipeline.runScheduled(runDate, fire.instanceId(), properties.lockWait());
            if (night.isPresent()) {
                finish(fireId, "RAN_COMPLETED", null, night.get().runId());
            } else {
                Long runId = ledger.claimedBy(runDate).orElse(null);
                String why = "the night of " + runDate + " was scheduled before (run " + runId
                        + "); a failed one is for ./pipeline retry";
                log.info("Nightly fire {}: nothing to do: {}", fire.fireInstanceId(), why);
                finish(fireId, "SKIPPED", why, runId);
            }
        } catch (RuntimeException e) {
            String why = e instanceof NightFailedException f && f.stage() != null
                    ? "stage " + f.stage() + ": " + e.getMessage()
                    : e.getMessage();
            log.error("The scheduled night of {} failed: {}", runDate, why);
            finish(fireId, "RAN_FAILED", why, ledger.claimedBy(runDate).orElse(null));
            throw e;
        }
    }

    private void finish(long fireId, String outcome, String detail, Long runId) {
        jdbc.sql(
                        "UPDATE scheduled_fires SET outcome = :outcome, detail = :detail, run_id = :runId WHERE fire_id = :fireId")
                .param("outcome", outcome)
                .param("detail", detail)
                .param("runId", runId)
                .param("fireId", fireId)
                .update();
    }

    /** One fire: Quartz's fire id, the scheduler instance that took it, and the time it was scheduled for. */
    record Fire(String fireInstanceId, String instanceId, Instant scheduledAt) {}
}
