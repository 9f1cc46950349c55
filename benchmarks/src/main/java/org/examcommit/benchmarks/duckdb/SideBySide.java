package org.examcommit.benchmarks.duckdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.examcommit.benchmarks.CpuTicks;

/**
 * The DuckDB side of duckdb-side-by-side.sh and the comparison (not a test): loads the bundle into DuckDB
 * and computes the run date's verification ({@link DuckDbVerification}), compares its rows with the night's
 * ({@link NightSide}'s {@code night-results.csv}) on every field, prints the first differing rows and a
 * summary table with the ratios night / DuckDB. Exit 1 when the results differ. Usage: {@code SideBySide
 * BUNDLE_DIR yyyy-MM-dd NIGHT_OUT_DIR}.
 */
public final class SideBySide {

    private static final int SHOWN = 5;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SideBySide BUNDLE_DIR yyyy-MM-dd NIGHT_OUT_DIR");
            System.exit(2);
        }
        Path bundle = Path.of(args[0]);
        LocalDate runDate = LocalDate.parse(args[1]);
        Path nightDir = Path.of(args[2]);
        Properties night = new Properties();
        try (var r = Files.newBufferedReader(nightDir.resolve("night-times.properties"))) {
            night.load(r);
        }
        Map<String, ResultRow> nightRows = read(nightDir.resolve("night-results.csv"));

        String loadAverageBefore = loadAverage();
        Comparison comparison;
        boolean quarantineDiffers;
        double load;
        double compute;
        try (DuckDbVerification duck = new DuckDbVerification()) {
            load = duck.load(bundle);
            System.err.printf("duckdb: load %.1f s%n", load);
            compute = duck.compute(runDate);
            System.err.printf("duckdb: compute %.1f s%n", compute);
            comparison = Comparison.of(nightRows, duck.results());
            quarantineDiffers = printQuarantine(night, duck.dropped());
            printDifferences(comparison, duck);
        }
        String loadAverageAfter = loadAverage();

        double importSeconds = Double.parseDouble(night.getProperty("import_seconds"));
        double verifySeconds = Double.parseDouble(night.getProperty("verify_seconds"));
        System.out.println();
        System.out.printf(
                "Verification results, night vs DuckDB, run date %s: %,d rows identical on every field, %,d differ,"
                        + " %,d only in the night, %,d only in DuckDB%n",
                runDate,
                comparison.matched(),
                comparison.differences().size(),
                comparison.onlyLeft().size(),
                comparison.onlyRight().size());
        System.out.printf("%-32s %10s %10s %8s%n", "phase", "night s", "DuckDB s", "ratio");
        row("import / load", importSeconds, load);
        row("verify / compute", verifySeconds, compute);
        row("import+verify / load+compute", importSeconds + verifySeconds, load + compute);
        System.out.printf(
                "load average: night's end %s; DuckDB's start %s, end %s%n",
                firstThree(night.getProperty("load_average")), loadAverageBefore, loadAverageAfter);
        if (!comparison.identical() || quarantineDiffers) {
            System.exit(1);
        }
    }

    /** Each dataset's bad rows: the night's quarantined, DuckDB's dropped; whether any count differs. */
    private static boolean printQuarantine(Properties night, Map<String, Long> dropped) {
        boolean differs = false;
        System.out.printf("%-20s %12s %12s%n", "bad rows", "night", "DuckDB");
        for (Map.Entry<String, Long> e : dropped.entrySet()) {
            String nightCount = night.getProperty("quarantined." + e.getKey(), "?");
            differs |= !nightCount.equals(Long.toString(e.getValue()));
            System.out.printf("%-20s %12s %12d%n", e.getKey(), nightCount, e.getValue());
        }
        return differs;
    }

    private static void row(String phase, double nightSeconds, double duckSeconds) {
        System.out.printf("%-32s %10.1f %10.1f %7.2fx%n", phase, nightSeconds, duckSeconds, nightSeconds / duckSeconds);
    }

    /** The first differing rows, each side's fields, with the candidate's id_number masked (§5) for looking it up. */
    private static void printDifferences(Comparison comparison, DuckDbVerification duck) throws Exception {
        if (comparison.identical()) {
            return;
        }
        System.out.println("columns: " + String.join(",", ResultRow.COLUMNS));
        for (ResultRow[] pair : comparison
                .differences()
                .subList(0, Math.min(SHOWN, comparison.differences().size()))) {
            System.out.printf(
                    "differs in %s (candidate id_number %s):%n  night:  %s%n  DuckDB: %s%n",
                    pair[0].differingColumns(pair[1]),
                    duck.maskedIdNumber(pair[0].applicationId()),
                    pair[0].csv(),
                    pair[1].csv());
        }
        comparison.onlyLeft().stream().limit(SHOWN).forEach(id -> System.out.println("only the night verified " + id));
        comparison.onlyRight().stream().limit(SHOWN).forEach(id -> System.out.println("only DuckDB verified " + id));
    }

    /** The 1, 5 and 15 minute load averages. */
    private static String loadAverage() throws IOException {
        return firstThree(CpuTicks.loadAverage());
    }

    private static String firstThree(String loadAverage) {
        return String.join(
                " ", java.util.Arrays.asList(loadAverage.strip().split("\\s+")).subList(0, 3));
    }

    static Map<String, ResultRow> read(Path csv) throws IOException {
        Map<String, ResultRow> rows = new TreeMap<>();
        try (var lines = Files.lines(csv)) {
            lines.skip(1).map(ResultRow::parse).forEach(row -> rows.put(row.applicationId(), row));
        }
        return rows;
    }

    private SideBySide() {}
}
