package org.examcommit.schedules.analytics;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The night's Spark analytics, each a child process: the supervision (flags, the statistical ones
 * among them, key supervision, notice, findings) and the random draw over the committed populations
 * (sampled, draw_strata, findings).
 */
@Service
@EnableConfigurationProperties(AnalyticsProperties.class)
public class Analytics {

    static final String SUPERVISION = "org.examcommit.analytics.supervision.SupervisionApp";
    static final String DRAW = "org.examcommit.analytics.sampling.DrawApp";

    private final AnalyticsProperties properties;
    private final SparkSubmitRunner runner;
    private final HikariDataSource dataSource;
    private final Path outputRoot;

    Analytics(
            AnalyticsProperties properties,
            HikariDataSource dataSource,
            @Value("${examcommit.output-root:./output}") String outputRoot) {
        this.properties = properties;
        this.runner = new SparkSubmitRunner(properties);
        this.dataSource = dataSource;
        this.outputRoot = Path.of(outputRoot).toAbsolutePath();
    }

    /** Runs the supervision for the run date; returns its summary line (the counts written). */
    public String supervise(LocalDate runDate) {
        List<String> args =
                new ArrayList<>(List.of(runDate.toString(), dataSource.getJdbcUrl(), outputRoot.toString()));
        args.addAll(properties.statisticalArguments());
        return runner.run(SUPERVISION, args, dataSource.getUsername(), dataSource.getPassword());
    }

    /** Draws the run date's committed draws; returns its summary line. */
    public String draw(LocalDate runDate) {
        return runner.run(
                DRAW,
                List.of(runDate.toString(), dataSource.getJdbcUrl(), outputRoot.toString()),
                dataSource.getUsername(),
                dataSource.getPassword());
    }
}
