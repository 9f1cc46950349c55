package org.examcommit.schedules.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.examcommit.schedules.demo.BundleGenerator;
import org.examcommit.schedules.demo.DemoQuality;
import org.examcommit.schedules.pipeline.NightlyPipeline;
import org.examcommit.schedules.pipeline.RunHistory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code ./pipeline demo [--applications N]}: generates a bundle of N applications (the project's generator,
 * seed {@value #SEED}, with the statistical injection and its ground truth) under {@code DATA_DIR/demo/bundle},
 * runs one whole night of {@link #RUN_DATE} on it (the night {@code run --bundle} runs), and prints what the
 * night found, scored against the ground truth, and where its outputs are. The run date is fixed because the
 * generator's data is: applications of exam year 2026 submitted in March, a social-insurance snapshot up to
 * May 2026, so that the night of 2026-11-20 verifies them. A second demo on the same DATA_DIR re-runs that
 * night, which replaces the date's output and keeps its committed draw (contract §4.6).
 */
@Component
class DemoCommand {

    static final LocalDate RUN_DATE = LocalDate.of(2026, 11, 20);
    static final int DEFAULT_APPLICATIONS = 10_000;
    static final int MAX_APPLICATIONS = 10_000_000;
    static final long SEED = 42;

    /** The datasets of contract §2 the night writes as Parquet under {@code <dataset>/run_date=<date>/}. */
    private static final List<String> DATASETS = List.of(
            "verification_results",
            "quarantine",
            "flags",
            "key_supervision",
            "public_notice",
            "sample_draws",
            "draw_strata",
            "sampled",
            "draw_population",
            "integrity_records");

    /** What a folder of the list holds that a reader might not expect. */
    private static final List<String> NOTES =
            List.of("integrity_records: officers' dispositions by decided_on; the night writes its date's and the day"
                    + " before's (none on a demo night: no officer decided anything)");

    private final NightlyPipeline pipeline;
    private final RunHistory history;
    private final JdbcClient jdbc;
    private final CliOutput out;
    private final Path dataDir;
    private final Path outputRoot;

    DemoCommand(
            NightlyPipeline pipeline,
            RunHistory history,
            JdbcClient jdbc,
            CliOutput out,
            @Value("${examcommit.database.data-dir:./data}") String dataDir,
            @Value("${examcommit.output-root:./output}") String outputRoot) {
        this.pipeline = pipeline;
        this.history = history;
        this.jdbc = jdbc;
        this.out = out;
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.outputRoot = Path.of(outputRoot).toAbsolutePath().normalize();
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("demo", args, Set.of("applications"));
        options.positional();
        int applications = DEFAULT_APPLICATIONS;
        Optional<String> given = options.optional("applications");
        if (given.isPresent()) {
            applications = applications(given.get());
        }
        int n = applications;
        return context -> context.getBean(DemoCommand.class).execute(n);
    }

    /** A number of applications: a whole number from 1 to {@value #MAX_APPLICATIONS}. */
    static int applications(String value) throws UsageException {
        String reason =
                "demo: --applications must be a whole number from 1 to " + MAX_APPLICATIONS + ", not '" + value + "'";
        int n;
        try {
            n = Integer.parseInt(value.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(reason);
        }
        if (n < 1 || n > MAX_APPLICATIONS) {
            throw new UsageException(reason);
        }
        return n;
    }

    int execute(int applications) {
        Path demo = dataDir.resolve("demo");
        Path bundle = demo.resolve("bundle");
        Optional<RunHistory.Run> before = history.lastNight(RUN_DATE);
        Optional<Integer> earlier = earlierApplications(demo);
        generate(bundle, applications);
        NightlyPipeline.Night night = pipeline.run(RUN_DATE, Optional.of(bundle));
        RunCommand.printNight(out, night);
        writeApplications(demo, applications);

        out.println("");
        out.println("demo: " + applications + " generated applications (seed " + SEED + ", bundle " + bundle
                + "), the night of " + RUN_DATE + " (run " + night.runId() + ")");
        before.ifPresent(run -> {
            out.println("a demo ran here before (run " + run.runId() + ", "
                    + run.status().toLowerCase() + "); its outputs of " + RUN_DATE
                    + " were replaced, its committed draw kept");
            earlier.filter(n -> n != applications)
                    .ifPresent(n -> out.println("note: that demo had " + n + " applications; the database keeps"
                            + " the applications it loaded, so use a fresh DATA_DIR for a demo of " + applications
                            + " alone"));
        });
        printRoutes();
        printFlags(bundle);
        printDraws();
        printOutputs();
        out.flush();
        return 0;
    }

    private void generate(Path bundle, int applications) {
        System.err.println("demo: generating " + applications + " applications (seed " + SEED + ") into " + bundle);
        long t0 = System.nanoTime();
        try {
            long rows = BundleGenerator.write(bundle, applications, SEED, true);
            System.err.printf(
                    "demo: wrote %d rows in %.1f s; running the night of %s on it%n",
                    rows, (System.nanoTime() - t0) / 1e9, RUN_DATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void printRoutes() {
        Map<String, Long> routes = new HashMap<>();
        jdbc.sql("SELECT route, count(*) FROM verification_results WHERE run_date = ? GROUP BY route")
                .param(RUN_DATE)
                .query((rs, i) -> routes.put(rs.getString(1), rs.getLong(2)))
                .list();
        long total = routes.values().stream().mapToLong(Long::longValue).sum();
        out.println("routes: EXEMPT " + routes.getOrDefault("EXEMPT", 0L) + ", ONSITE "
                + routes.getOrDefault("ONSITE", 0L) + " of " + total + " verified applications");
        out.println("route accuracy: not measured (the generator's ground truth names patterns, not expected routes)");
    }

    private void printFlags(Path bundle) {
        Map<String, Set<String>> flagged = new HashMap<>();
        jdbc.sql("SELECT pattern, application_id FROM flags WHERE run_date = ?")
                .param(RUN_DATE)
                .query((rs, i) -> flagged.computeIfAbsent(rs.getString(1), p -> new HashSet<>())
                        .add(rs.getString(2)))
                .list();
        Set<String> verified =
                new HashSet<>(jdbc.sql("SELECT application_id FROM verification_results WHERE run_date = ?")
                        .param(RUN_DATE)
                        .query(String.class)
                        .list());
        Map<String, Set<String>> truth;
        try {
            truth = DemoQuality.groundTruth(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(String.format(
                "%-22s %8s %8s %8s %10s %8s", "pattern", "flagged", "truth", "hits", "precision", "recall"));
        for (DemoQuality.PatternQuality q : DemoQuality.score(truth, flagged, verified)) {
            out.println(String.format(
                    "%-22s %8d %8d %8d %10s %8s",
                    q.pattern(), q.flagged(), q.truth(), q.hits(), ratio(q.precision()), ratio(q.recall())));
        }
        out.println("(truth: what the generator made, " + bundle.resolve(DemoQuality.GROUND_TRUTH)
                + "; precision = hits / flagged, recall = hits / truth, - where nothing was flagged or made)");
    }

    private void printDraws() {
        jdbc.sql("""
                SELECT draw_id, seed_sha256, seed, population_size, sample_size
                FROM sample_draws WHERE run_date = ? ORDER BY draw_id COLLATE "C"
                """)
                .param(RUN_DATE)
                .query((rs, i) -> "draw " + rs.getString(1) + ": seed_sha256 " + rs.getString(2) + ", seed "
                        + rs.getString(3) + ", " + rs.getInt(5) + " of " + rs.getInt(4) + " exempt applications drawn")
                .list()
                .forEach(out::println);
    }

    private void printOutputs() {
        out.println("outputs (Parquet, one folder per dataset of contract §2) under " + outputRoot + ":");
        for (String dataset : DATASETS) {
            Path folder = outputRoot.resolve(dataset).resolve("run_date=" + RUN_DATE);
            out.println("  " + (Files.isDirectory(folder) ? folder : dataset + ": no folder written"));
        }
        NOTES.forEach(line -> out.println("  " + line));
        Path report = outputRoot.resolve("report/run_date=" + RUN_DATE);
        out.println("analyst report: " + report.resolve("_report.html") + " (aggregates: " + report + ")");
        out.println("public notice page: "
                + outputRoot.resolve("public_notice/run_date=" + RUN_DATE).resolve("_public_notice.html"));
        out.println("draw pages: " + outputRoot.resolve("draws") + "/<draw_id>.html");
    }

    private static String ratio(OptionalDouble value) {
        return value.isPresent() ? String.format("%.3f", value.getAsDouble()) : "-";
    }

    /** The number of applications of the demo that ran last on this DATA_DIR, if one did. */
    private static Optional<Integer> earlierApplications(Path demo) {
        try {
            Path file = demo.resolve("applications.txt");
            return Files.exists(file)
                    ? Optional.of(Integer.parseInt(Files.readString(file).strip()))
                    : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writeApplications(Path demo, int applications) {
        try {
            Files.writeString(demo.resolve("applications.txt"), applications + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
