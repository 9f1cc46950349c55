package org.examcommit.analytics.sampling;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.examcommit.analytics.supervision.Database;
import org.examcommit.analytics.supervision.ParquetOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The night's random draw (DATA-CONTRACT §4 steps 3, 4) over the draws the platform committed for the
 * run date: {@code sampled} and {@code draw_strata} into PostgreSQL and Parquet, and an OPEN finding of
 * kind RANDOM_CHECK for each drawn application that has none yet. The seed, the ratio and the
 * population are read as committed, so a re-run draws exactly the same rows.
 *
 * <p>Arguments: {@code RUN_DATE JDBC_URL OUTPUT_ROOT}; the database user and password from
 * ANALYTICS_DB_USER and ANALYTICS_DB_PASSWORD. Prints one summary line on stdout.
 */
public final class DrawApp {

    /** The finding an officer sees on a drawn application. */
    public static final String RANDOM_CHECK = "RANDOM_CHECK";

    private static final String DRAWS = """
            SELECT s.draw_id, s.ratio::text, d.seed FROM sample_draws s JOIN draw_seeds d ON d.draw_id = s.draw_id
            WHERE s.run_date = ? ORDER BY s.draw_id""";

    private static final String OF_DATE = "draw_id IN (SELECT draw_id FROM sample_draws WHERE run_date = ?)";

    /** Replaces the date's sampled and draw_strata and opens the findings, in one transaction. */
    private static final List<String> PUBLISH = List.of(
            "DELETE FROM sampled WHERE " + OF_DATE,
            "INSERT INTO sampled SELECT draw_id, province_code, application_id, ticket FROM draw_stage_sampled",
            "DELETE FROM draw_strata WHERE " + OF_DATE,
            """
        INSERT INTO draw_strata SELECT draw_id, province_code, population_size, sample_size, cutoff_ticket
        FROM draw_stage_strata""",
            // once per application: a re-run never opens a second one
            """
        INSERT INTO findings (application_id, kind, detail)
        SELECT s.application_id, '%s', 'drawn by lot for a random check in draw ' || s.draw_id
        FROM draw_stage_sampled s
        WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.application_id = s.application_id AND f.kind = '%s')""".formatted(RANDOM_CHECK, RANDOM_CHECK));

    private static final List<String> STAGING = List.of("draw_stage_sampled", "draw_stage_strata");

    private static final Logger log = LoggerFactory.getLogger(DrawApp.class);

    private DrawApp() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DrawApp RUN_DATE JDBC_URL OUTPUT_ROOT");
        }
        LocalDate runDate = LocalDate.parse(args[0]);
        Path outputRoot = Path.of(args[2]).toAbsolutePath();
        try (SparkSession spark = SparkSession.builder()
                .appName("draw " + runDate)
                .config("spark.sql.session.timeZone", "Asia/Shanghai")
                .getOrCreate()) {
            // progress lines mark where a crash can land (CrashPointsIT kills the night at each)
            log.info("Draw {}: Spark session started", runDate);
            Database db = Database.fromEnvironment(
                    args[1], Math.max(2, spark.sparkContext().defaultParallelism()));
            Map<String, Draws.Key> keys = committed(db, runDate);
            Dataset<Row> population = db.read(
                    spark,
                    "(SELECT p.draw_id, p.province_code, p.application_id FROM draw_population p WHERE p.draw_id IN"
                            + " (SELECT draw_id FROM sample_draws WHERE run_date = DATE '" + runDate + "')) q",
                    "application_id");
            Draws.Result result = Draws.draw(population, keys);
            System.out.println(write(db, outputRoot, runDate, result, keys.size()));
        }
    }

    static Map<String, Draws.Key> committed(Database db, LocalDate runDate) throws SQLException {
        Map<String, Draws.Key> keys = new LinkedHashMap<>();
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement(DRAWS)) {
            ps.setObject(1, runDate);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getString(1), new Draws.Key(rs.getString(3), rs.getString(2)));
                }
            }
        }
        return keys;
    }

    /** Parquet into hidden folders, then the database in one transaction, then the folders into place. */
    static String write(Database db, Path outputRoot, LocalDate runDate, Draws.Result result, int draws)
            throws SQLException {
        Dataset<Row> sampled = result.sampled().cache();
        Dataset<Row> strata = result.strata().cache();
        ParquetOutput files = new ParquetOutput(outputRoot, runDate);
        files.stage("sampled", sampled);
        files.stage("draw_strata", strata);
        log.info("Draw {}: Parquet staged in hidden folders", runDate);
        db.truncate(STAGING);
        db.append(sampled, "draw_stage_sampled");
        db.append(strata, "draw_stage_strata");
        log.info("Draw {}: results staged in the database", runDate);
        long[] counts = db.publish(PUBLISH, runDate);
        log.info("Draw {}: published in the database; moving the Parquet into place", runDate);
        db.truncate(STAGING);
        files.commit();
        return "draws " + draws + ", sampled " + counts[0] + ", strata " + counts[1] + ", findings opened " + counts[2];
    }
}
