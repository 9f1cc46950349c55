package org.examcommit.schedules.draw;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reveal (DATA-CONTRACT §4 step 5), when the night publishes: each drawn draw of the run date gets
 * its seed and {@code revealed_at}, once (a re-run keeps the first reveal's time), and the date's
 * {@code sample_draws} Parquet is written again with them. Only a night that reached this stage
 * reveals: the seed stays in {@code draw_seeds} until then.
 */
@Component
public class DrawPublish {

    private static final Logger log = LoggerFactory.getLogger(DrawPublish.class);

    private final JdbcClient jdbc;
    private final DrawOutputs outputs;
    private final DrawPages pages;

    DrawPublish(JdbcClient jdbc, DrawOutputs outputs, DrawPages pages) {
        this.jdbc = jdbc;
        this.outputs = outputs;
        this.pages = pages;
    }

    /** Reveals the date's draws; returns the counts. */
    public String publish(LocalDate runDate) {
        // a draw is revealed only once the Spark draw wrote its strata: never a seed before its draw
        int revealed = jdbc.sql("""
                        UPDATE sample_draws s SET seed = d.seed, revealed_at = date_trunc('milliseconds', clock_timestamp())
                        FROM draw_seeds d
                        WHERE d.draw_id = s.draw_id AND s.run_date = :runDate AND s.revealed_at IS NULL
                          AND (s.population_size = 0 OR EXISTS (SELECT 1 FROM draw_strata t WHERE t.draw_id = s.draw_id))""").param("runDate", runDate).update();
        log.info("Draws of {}: {} seed(s) revealed", runDate, revealed);
        outputs.writeSampleDraws(runDate);
        int written = pages.write(runDate);
        int all = jdbc.sql("SELECT count(*) FROM sample_draws WHERE run_date = :runDate AND revealed_at IS NOT NULL")
                .param("runDate", runDate)
                .query(Integer.class)
                .single();
        return "draws revealed " + revealed + ", revealed before " + (all - revealed) + ", draw pages " + written;
    }
}
