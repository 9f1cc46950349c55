package org.examcommit.schedules.analytics;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examcommit.registration.system.EmbeddedPostgresServer;

/**
 * Times the night's Spark analytics alone (not a test), on a database a night has already filled: starts (or
 * attaches to) the embedded PostgreSQL of DATA_DIR, runs each Spark application of the {@code analytics} stage
 * exactly as the night does ({@link SparkSubmitRunner}: a child JVM through SparkSubmit), and prints each
 * application's wall time (Spark start-up included), the night's applications per second and the rows it
 * wrote per output, with the load average beside them. The child's progress goes to stderr.
 *
 * <p>Usage: {@code AnalyticsBenchmark DATA_DIR RUN_DATE OUTPUT_ROOT ANALYTICS_HOME MASTER DRIVER_MEMORY}.
 */
public final class AnalyticsBenchmark {

    /** What each application of the stage writes for a run date: output name and its count query. */
    private static final Map<String, String> SUPERVISION_OUTPUTS = new LinkedHashMap<>();

    static {
        SUPERVISION_OUTPUTS.put("flags", "SELECT count(*) FROM flags WHERE run_date = ?");
        SUPERVISION_OUTPUTS.put("key_supervision", "SELECT count(*) FROM key_supervision WHERE run_date = ?");
        SUPERVISION_OUTPUTS.put("public_notice", "SELECT count(*) FROM public_notice WHERE published_on = ?");
        SUPERVISION_OUTPUTS.put("findings (all dates)", "SELECT count(*) FROM findings WHERE ? IS NOT NULL");
    }

    private AnalyticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println(
                    "usage: AnalyticsBenchmark DATA_DIR RUN_DATE OUTPUT_ROOT ANALYTICS_HOME MASTER DRIVER_MEMORY");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]);
        LocalDate runDate = LocalDate.parse(args[1]);
        String outputRoot = Path.of(args[2]).toAbsolutePath().toString();
        SparkSubmitRunner runner =
                new SparkSubmitRunner(new AnalyticsProperties(args[3], args[4], args[5], 5, 0.01, 3.5, 30));
        try (EmbeddedPostgresServer db = EmbeddedPostgresServer.startOrAttach(dataDir)) {
            long applications = count(db, "SELECT count(*) FROM verification_results WHERE run_date = ?", runDate);
            System.out.printf(
                    "%,d verified applications of %s; master %s, driver memory %s, %d cores%n",
                    applications,
                    runDate,
                    args[4],
                    args[5],
                    Runtime.getRuntime().availableProcessors());
            // the stage's applications, in the order the night runs them
            String load0 = loadAverage();
            long t0 = System.nanoTime();
            String summary = runner.run(
                    Analytics.SUPERVISION,
                    List.of(runDate.toString(), db.jdbcUrl(), outputRoot),
                    db.username(),
                    db.password());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(
                    "SupervisionApp: %.1f s wall (Spark start-up included), %,.0f applications/s;"
                            + " load average before %s, after %s%n",
                    seconds, applications / seconds, load0, loadAverage());
            System.out.println("  its summary: " + summary);
            for (Map.Entry<String, String> output : SUPERVISION_OUTPUTS.entrySet()) {
                System.out.printf("  %-22s %,10d rows%n", output.getKey(), count(db, output.getValue(), runDate));
            }
        }
    }

    private static long count(EmbeddedPostgresServer db, String sql, LocalDate runDate) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, runDate);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return String.format(
                    "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
