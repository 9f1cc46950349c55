package org.examcommit.schedules.pipeline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The night's metrics (Prometheus at {@code /actuator/prometheus} on serve): per stage its duration by
 * outcome and the items it read, wrote and skipped, counted in the process that ran the stage; and the last
 * successful night, read from the run history, so every instance reports it whoever ran the night.
 */
@Component
public class NightMetrics {

    static final String STAGE_DURATION = "examcommit.night.stage.duration";
    static final String STAGE_ITEMS = "examcommit.night.stage.items";
    static final String LAST_SUCCESS = "examcommit.night.last.success";
    static final String LAST_SUCCESS_RUN_DATE = "examcommit.night.last.success.run.date";

    private static final String LAST_NIGHT = """
            SELECT extract(epoch FROM finished_at) AS finished, to_char(run_date, 'YYYYMMDD')::double precision AS day
              FROM pipeline_runs WHERE status = 'COMPLETED' AND command <> 'import'
             ORDER BY finished_at DESC LIMIT 1""";

    private final MeterRegistry registry;

    public NightMetrics(MeterRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        Gauge.builder(LAST_SUCCESS, jdbc, j -> lastNight(j, "finished"))
                .description("When the last successful night finished (Unix time)")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder(LAST_SUCCESS_RUN_DATE, jdbc, j -> lastNight(j, "day"))
                .description("The run date of the last successful night as yyyyMMdd")
                .register(registry);
    }

    /** Records a stage's duration (outcome COMPLETED or FAILED) and, when it counts them, its items. */
    void stage(String stage, String outcome, Duration took, StageOutcome done) {
        Timer.builder(STAGE_DURATION)
                .description("How long a stage of the night took")
                .tag("stage", stage)
                .tag("outcome", outcome)
                .register(registry)
                .record(took);
        if (done != null) {
            items(stage, "read", done.read());
            items(stage, "written", done.written());
            items(stage, "skipped", done.skipped());
        }
    }

    private void items(String stage, String kind, long count) {
        if (count >= 0) {
            Counter.builder(STAGE_ITEMS)
                    .description("Items a stage of the night read, wrote or skipped")
                    .tag("stage", stage)
                    .tag("kind", kind)
                    .register(registry)
                    .increment(count);
        }
    }

    private static double lastNight(JdbcClient jdbc, String column) {
        try {
            return jdbc.sql(LAST_NIGHT)
                    .query((rs, i) -> rs.getDouble(column))
                    .optional()
                    .orElse(Double.NaN);
        } catch (RuntimeException e) {
            // a scrape must not fail because the database is down: health says that
            return Double.NaN;
        }
    }
}
