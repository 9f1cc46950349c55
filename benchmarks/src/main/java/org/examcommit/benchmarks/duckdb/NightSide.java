package org.examcommit.benchmarks.duckdb;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.examcommit.batch.bundle.BundleImport;
import org.examcommit.batch.bundle.ImportReport;
import org.examcommit.batch.verification.NightlyVerification;
import org.examcommit.batch.verification.VerificationReport;
import org.examcommit.benchmarks.BenchmarkApplication;
import org.examcommit.benchmarks.CpuTicks;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The night's side of duckdb-side-by-side.sh (not a test): on a fresh embedded PostgreSQL in DATA_DIR, the
 * night's two stages that DuckDB's load and compute stand beside, run by the same beans {@code ./pipeline run
 * --date D --bundle B} runs them with (import: {@link BundleImport}; verify: {@link NightlyVerification} over
 * the bundle's applications), each timed; then the date's verification_results written as `./pipeline export`
 * writes them to {@code OUT_DIR/night-results.csv}, and the times (and each dataset's quarantined rows) to
 * {@code OUT_DIR/night-times.properties}.
 * Usage: {@code NightSide BUNDLE_DIR yyyy-MM-dd DATA_DIR OUT_DIR}.
 */
public final class NightSide {

    /** verification_results of a run date, as the export writes them (booleans true/false, arrays joined by ;). */
    private static final String RESULTS = """
            SELECT run_date::text, application_id, identity, education, degree, social_work_major::text,
                   claimed_work_months::text, evidenced_work_months::text, eligibility, route,
                   array_to_string(reasons, ';')
              FROM verification_results WHERE run_date = ? ORDER BY application_id
            """;

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: NightSide BUNDLE_DIR yyyy-MM-dd DATA_DIR OUT_DIR");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]);
        LocalDate runDate = LocalDate.parse(args[1]);
        Path dataDir = Path.of(args[2]).toAbsolutePath().normalize();
        Path out = Path.of(args[3]);
        Files.createDirectories(out);
        SpringApplication app = new SpringApplication(BenchmarkApplication.class);
        // command-line arguments outrank application.yml's ${DATA_DIR:./data}: the database is the fresh one given
        try (ConfigurableApplicationContext context = app.run(
                "--server.port=0",
                "--examcommit.database.data-dir=" + dataDir,
                "--examcommit.output-root=" + dataDir.resolve("output"),
                "--logging.level.org.springframework.batch=WARN")) {
            long[] cpu0 = CpuTicks.javaAndPostgres(dataDir);
            long t0 = System.nanoTime();
            ImportReport imported = context.getBean(BundleImport.class).importBundle(bundle, runDate);
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            long[] cpu1 = CpuTicks.javaAndPostgres(dataDir);
            long t1 = System.nanoTime();
            VerificationReport verified =
                    context.getBean(NightlyVerification.class).verify(runDate, true);
            double verifySeconds = (System.nanoTime() - t1) / 1e9;
            long[] cpu2 = CpuTicks.javaAndPostgres(dataDir);
            System.err.printf(
                    "night: import %.1f s (%,d rows loaded, %,d quarantined), verify %.1f s (%,d verified)%n",
                    importSeconds,
                    imported.datasets().stream()
                            .mapToLong(ImportReport.DatasetReport::loaded)
                            .sum(),
                    imported.datasets().stream()
                            .mapToLong(ImportReport.DatasetReport::quarantined)
                            .sum(),
                    verifySeconds,
                    verified.verified());

            List<String> lines = context.getBean(JdbcClient.class)
                    .sql(RESULTS)
                    .param(java.sql.Date.valueOf(runDate))
                    .query((rs, i) -> {
                        StringBuilder line = new StringBuilder();
                        for (int c = 1; c <= ResultRow.COLUMNS.size(); c++) {
                            line.append(c > 1 ? "," : "").append(rs.getString(c));
                        }
                        return line.toString();
                    })
                    .list();
            try (BufferedWriter w = Files.newBufferedWriter(out.resolve("night-results.csv"), StandardCharsets.UTF_8)) {
                w.write(String.join(",", ResultRow.COLUMNS));
                w.newLine();
                for (String line : lines) {
                    w.write(line);
                    w.newLine();
                }
            }
            Properties times = new Properties();
            times.setProperty("import_seconds", Double.toString(importSeconds));
            times.setProperty("verify_seconds", Double.toString(verifySeconds));
            times.setProperty("import_cpu_seconds", cpuSeconds(cpu0, cpu1));
            times.setProperty("verify_cpu_seconds", cpuSeconds(cpu1, cpu2));
            times.setProperty("verified", Long.toString(verified.verified()));
            times.setProperty("load_average", CpuTicks.loadAverage());
            for (ImportReport.DatasetReport d : imported.datasets()) {
                times.setProperty("quarantined." + d.dataset(), Long.toString(d.quarantined()));
            }
            try (var w = Files.newBufferedWriter(out.resolve("night-times.properties"))) {
                times.store(w, "NightSide " + bundle + " " + runDate);
            }
        }
    }

    private static String cpuSeconds(long[] before, long[] after) {
        return Double.toString((after[0] - before[0] + after[1] - before[1]) / 100.0);
    }

    private NightSide() {}
}
