package org.examcommit.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.examcommit.batch.bundle.BundleImport;
import org.examcommit.batch.bundle.ImportFloors;
import org.examcommit.batch.bundle.ImportReport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times an import (not a test): starts the platform's beans (web server on a free port) on the database
 * configured as usual (DATA_DIR for the embedded PostgreSQL), imports a bundle, and prints rows/s per
 * dataset and the total time. Usage: {@code ImportBenchmark BUNDLE_DIR [yyyy-MM-dd]}.
 */
public final class ImportBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ImportBenchmark BUNDLE_DIR [yyyy-MM-dd]");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]);
        LocalDate runDate = args.length > 1 ? LocalDate.parse(args[1]) : LocalDate.of(2026, 6, 1);
        // the registration API's security needs a servlet context: it gets one on a free port
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchmarkApplication.class)
                .properties("server.port=0")
                .run()) {
            Path dataDir = Path.of(context.getEnvironment().getProperty("examcommit.database.data-dir", "./data"))
                    .toAbsolutePath()
                    .normalize();
            long[] cpuBefore = CpuTicks.javaAndPostgres(dataDir);
            long t0 = System.nanoTime();
            ImportReport report = context.getBean(BundleImport.class).importBundle(bundle, runDate);
            double total = (System.nanoTime() - t0) / 1e9;
            long[] cpuAfter = CpuTicks.javaAndPostgres(dataDir);
            Map<String, Double> seconds = print(report, context.getBean(JdbcClient.class), total);
            double javaCpu = (cpuAfter[0] - cpuBefore[0]) / 100.0;
            double postgresCpu = (cpuAfter[1] - cpuBefore[1]) / 100.0;
            System.out.printf(
                    "CPU used: java %.1f s, postgres %.1f s (load average at the end: %s)%n",
                    javaCpu, postgresCpu, CpuTicks.loadAverage());
            if (!"false".equals(System.getenv("IMPORT_FLOORS"))) {
                printFloors(bundle, context.getBean(javax.sql.DataSource.class), seconds);
            }
        }
    }

    /**
     * Each dataset's import time against its two floors (see {@link ImportFloors}): parse alone (no
     * database) and COPY alone (rows already parsed), measured after the import in the same process.
     */
    private static void printFloors(Path bundle, javax.sql.DataSource dataSource, Map<String, Double> imported)
            throws Exception {
        System.out.println(
                "Floors, measured after the import (rows/s; import / (parse + COPY) is how far above both):");
        System.out.printf(
                "%-20s %12s %12s %12s %12s %8s%n", "dataset", "rows", "import", "parse alone", "COPY alone", "ratio");
        for (ImportFloors.Floor f : ImportFloors.measure(bundle, dataSource)) {
            double seconds = imported.getOrDefault(f.dataset(), Double.NaN);
            double floor = f.parseSeconds() + (Double.isNaN(f.copySeconds()) ? 0 : f.copySeconds());
            System.out.printf(
                    "%-20s %12d %12.0f %12.0f %12s %8.2f%n",
                    f.dataset(),
                    f.rows(),
                    f.rows() / seconds,
                    f.rows() / f.parseSeconds(),
                    Double.isNaN(f.copySeconds()) ? "-" : String.format("%.0f", f.rows() / f.copySeconds()),
                    seconds / floor);
        }
    }

    private static Map<String, Double> print(ImportReport report, JdbcClient jdbc, double totalSeconds) {
        List<Map<String, Object>> steps = jdbc.sql("""
                SELECT step_name, start_time, end_time FROM batch_step_execution
                 WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_step_execution
                                            WHERE step_name LIKE 'bundleImportJob.%')
                """).query().listOfRows();
        long rows = 0;
        Map<String, Double> perDataset = new java.util.HashMap<>();
        System.out.printf("%-20s %12s %12s %9s %12s%n", "dataset", "loaded", "quarantined", "seconds", "rows/s");
        for (ImportReport.DatasetReport d : report.datasets()) {
            double seconds = steps.stream()
                    .filter(s -> s.get("step_name").equals("bundleImportJob." + d.dataset()))
                    .findFirst()
                    .map(s -> Duration.between(
                                            ((java.sql.Timestamp) s.get("start_time")).toLocalDateTime(),
                                            ((java.sql.Timestamp) s.get("end_time")).toLocalDateTime())
                                    .toMillis()
                            / 1000.0)
                    .orElse(Double.NaN);
            long n = d.loaded() + d.quarantined();
            rows += n;
            perDataset.put(d.dataset(), seconds);
            System.out.printf(
                    "%-20s %12d %12d %9.1f %12.0f%n",
                    d.dataset(), d.loaded(), d.quarantined(), seconds, n / Math.max(seconds, 0.001));
        }
        System.out.printf("%-20s %12d %12s %9.1f %12.0f%n", "total", rows, "", totalSeconds, rows / totalSeconds);
        return perDataset;
    }

    private ImportBenchmark() {}
}
