package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.examcommit.batch.io.ParquetRowReader;
import org.examcommit.batch.io.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash anywhere, recover everywhere (issue 21). An undisturbed night on the sample bundle gives the
 * crash points: every distinct progress line it writes on stderr, in order (initdb, server start,
 * migrations, each import dataset, the verification's steps, apply, the Parquet export, each later
 * stage and the analytics' own steps), so stages added later join by themselves. On one fresh
 * DATA_DIR, night after night is started and its whole process group killed with SIGKILL at the next
 * point: so every night but the first is the re-run of a night killed at the point before, and must
 * get past it to reach its own. After each kill every visible Parquet folder equals the undisturbed
 * night's (never half of one); after the last, one more night runs to its end and every output of
 * contract §2 (Parquet row by row, each dataset's export) equals the undisturbed night's, with no
 * hidden leftovers. Nights are chained rather than each recovered to its end, which would cost a
 * whole night (the Spark analytics most of it) per point.
 *
 * <p>The random draw is the one output that differs between two databases by design (a fresh seed, the
 * commit and reveal times): its seed-dependent columns are compared within the chain instead. The
 * seed hash and commit time first published are kept through every later kill and re-run (never
 * re-rolled), and the final draw checks out against its population and revealed seed.
 */
class CrashPointsIT {

    /** Every output dataset of DATA-CONTRACT §2 (an export of a dataset no stage writes yet fails alike in both). */
    static final List<String> CONTRACT_OUTPUTS = List.of(
            "verification_results",
            "flags",
            "sample_draws",
            "draw_strata",
            "sampled",
            "draw_population",
            "public_notice",
            "integrity_records",
            "quarantine",
            "key_supervision");

    /** Per draw dataset, the columns that depend on the seed or the clock: compared within one chain, not across. */
    static final Map<String, List<String>> DRAW_RANDOM_COLUMNS = Map.of(
            "sample_draws", List.of("seed_sha256", "seed", "committed_at", "revealed_at"),
            "draw_strata", List.of("cutoff_ticket"),
            "sampled", List.of("application_id", "ticket"));

    /** A progress line of the platform, or of the analytics' child JVM (copied to the platform's stderr). */
    private static final Pattern LOG_LINE =
            Pattern.compile("^(?:\\d\\d:\\d\\d:\\d\\d\\.\\d+ +|(analytics: )\\d\\d:\\d\\d:\\d\\d )INFO +(.*)$");

    private static final String SERVING = "Tomcat started on port|Started PlatformApplication in ";
    /** A line about one dataset: {@code Logger: dataset_name: ...}. */
    private static final Pattern DATASET_LINE = Pattern.compile("^\\w+: ([a-z_]+): ");

    private static final Pattern FIRST_STAGE = Pattern.compile("^NightlyPipeline: Stage ");

    /**
     * Spark's default of 200 shuffle partitions makes the analytics of a hundred applications take
     * most of a minute on two cores; two partitions give the same rows in half the time, and the
     * test runs the analytics a dozen times.
     */
    static final String SPARK_DEFAULTS = "spark.sql.shuffle.partitions 2\n";

    /** The undisturbed night, run once for both tests. */
    record Baseline(String stderr, Map<String, List<String>> parquet, Map<String, String> exports) {}

    @TempDir
    static Path shared;

    private static Baseline baseline;

    @TempDir
    Path work;

    private static synchronized Baseline baseline() throws Exception {
        if (baseline == null) {
            try (PipelineShell shell = shell(shared, "baseline")) {
                PipelineShell.Result night = night(shell);
                baseline = new Baseline(night.stderr(), parquet(shell.outputRoot), exports(shell));
            }
        }
        return baseline;
    }

    @Test
    void aNightKilledAtEveryPointOfItsLifeRecoversToTheOutputsOfAnUndisturbedNight() throws Exception {
        long t0 = System.nanoTime();
        Baseline undisturbed = baseline();
        List<String> points = points(undisturbed.stderr());
        assertThat(points).as("crash points from\n" + undisturbed.stderr()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(undisturbed.parquet()).isNotEmpty();

        List<String> killedAt = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        Map<String, String> firstCommitted = new TreeMap<>();
        try (PipelineShell shell = shell(work, "crashes")) {
            for (int next = 0; next < points.size(); ) {
                PipelineShell.Started night = startNight(shell);
                int awaited = awaitPoint(night, points, next);
                night.killGroup();
                assertThat(night.process().isAlive()).isFalse();
                // the kill lands a few milliseconds after the line was seen: the night may have done
                // (and logged) the work of the next points too, which its re-run then rightly skips
                int at = landedAfter(night.stderr(), points, awaited);
                killedAt.add(points.get(at));
                passed.addAll(points.subList(awaited, at + 1));
                System.out.printf(
                        "CrashPointsIT: night %d killed at point %d/%d: %s%s%n",
                        killedAt.size(),
                        at,
                        points.size(),
                        points.get(at),
                        at == awaited ? "" : " (awaited at " + awaited + ", the night got past it)");
                assertThat(parquet(shell.outputRoot))
                        .as("visible Parquet after a kill at '" + points.get(at) + "'")
                        .allSatisfy((folder, rows) -> assertThat(rows)
                                .as(folder)
                                .isEqualTo(undisturbed.parquet().get(folder)));
                Map<String, String> committed = committedDraws(shell.outputRoot);
                committed.forEach(firstCommitted::putIfAbsent);
                assertThat(committed)
                        .as("the committed draws after a kill at '" + points.get(at) + "' (never re-rolled)")
                        .isEqualTo(firstCommitted.isEmpty() ? committed : firstCommitted);
                next = at + 1;
            }
            PipelineShell.Result last = night(shell);
            assertThat(parquet(shell.outputRoot))
                    .as("Parquet after kills at " + killedAt + "; last night:\n" + last)
                    .isEqualTo(undisturbed.parquet());
            assertThat(hiddenFolders(shell.outputRoot))
                    .as("leftovers of the killed nights")
                    .isEmpty();
            assertThat(exports(shell)).as("every §2 export after the kills").isEqualTo(undisturbed.exports());
            assertThat(committedDraws(shell.outputRoot))
                    .as("the draw committed by the first night that got past the commit")
                    .isNotEmpty()
                    .isEqualTo(firstCommitted);
            assertTheDrawChecksOut(shell);
            PipelineShell.Result status = shell.run("status");
            assertThat(status.exitCode()).as(status.toString()).isZero();
        }
        // a point may only be passed over where a kill landed after the first start's work it marks
        assertThat(killedAt).hasSizeGreaterThanOrEqualTo(15);
        assertThat(passed).containsAll(points.subList(firstStage(points), points.size()));
        System.out.printf(
                "CrashPointsIT: %d nights killed at %d of %d points %s, recovered in %d s%n",
                killedAt.size(),
                killedAt.size(),
                points.size(),
                killedAt,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
    }

    @Test
    void serveKilledWhileItHoldsTheDatabaseForOtherCommandsLeavesALaterNightWorking() throws Exception {
        try (PipelineShell shell = shell(work, "serve")) {
            Map<String, List<String>> parquet = baseline().parquet();
            Map<String, String> exports = baseline().exports();

            // killed while a night runs attached to its database
            PipelineShell.Started serve = shell.start("serve");
            awaitLine(serve, SERVING);
            PipelineShell.Started attached = startNight(shell);
            awaitLine(attached, "Attached to the embedded PostgreSQL");
            awaitLine(attached, "NightlyPipeline: Stage verify started");
            serve.killGroup();
            PipelineShell.Result attachedEnd = attached.await(PipelineShell.COMMAND_TIMEOUT);
            recover(shell, "serve killed under a night", parquet);

            // killed while it holds the database alone, after a command used it
            PipelineShell.Started serve2 = shell.start("serve");
            awaitLine(serve2, SERVING);
            PipelineShell.Result status = shell.run("status");
            assertThat(status.stderr()).contains("Attached to the embedded PostgreSQL");
            serve2.killGroup();
            recover(shell, "serve killed idle", parquet);
            assertThat(exports(shell))
                    .as("every §2 export after serve was killed (the attached night ended " + attachedEnd.exitCode()
                            + ")")
                    .isEqualTo(exports);
        }
    }

    private static PipelineShell shell(Path parent, String name) throws IOException {
        PipelineShell shell = new PipelineShell(Files.createDirectories(parent.resolve(name)));
        Path sparkConf = Files.createDirectories(shell.work.resolve("spark-conf"));
        Files.writeString(sparkConf.resolve("spark-defaults.conf"), SPARK_DEFAULTS);
        shell.environment.put("SPARK_CONF_DIR", sparkConf.toString());
        return shell;
    }

    private static PipelineShell.Result night(PipelineShell shell) {
        PipelineShell.Result night = startNight(shell).await(PipelineShell.COMMAND_TIMEOUT);
        assertThat(night.exitCode()).as(night.toString()).isZero();
        return night;
    }

    private static PipelineShell.Started startNight(PipelineShell shell) {
        return shell.start(
                "run",
                "--date",
                NightOnSampleBundleIT.RUN_DATE,
                "--bundle",
                shell.root.resolve("samples/bundle").toString());
    }

    private static void recover(PipelineShell shell, String point, Map<String, List<String>> parquet)
            throws IOException {
        PipelineShell.Result again = startNight(shell).await(PipelineShell.COMMAND_TIMEOUT);
        assertThat(again.exitCode())
                .as("the night after a kill at '" + point + "':\n" + again)
                .isZero();
        assertThat(parquet(shell.outputRoot))
                .as("Parquet output after a kill at '" + point + "'")
                .isEqualTo(parquet);
        assertThat(hiddenFolders(shell.outputRoot))
                .as("leftovers after a kill at '" + point + "'")
                .isEmpty();
    }

    /**
     * The distinct log lines of a night, as keys (numbers and paths vary between nights, the rest does
     * not); of consecutive lines about one dataset ({@code candidates: ...} from two loggers) only the
     * first, as both land between the same two datasets. Each point after the verification costs a night
     * through the Spark stages (about two and a half minutes here), so there the points are thinned to
     * those that mark different states: of a Spark application's own lines only the one after its
     * database transaction, before its Parquet folders move into place (the half-published state), and
     * of a stage's end and the next stage's start, which leave the same state, only the start.
     */
    static List<String> points(String stderr) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        stderr.lines().map(CrashPointsIT::key).flatMap(Optional::stream).forEach(keys::add);
        List<String> points = new ArrayList<>();
        String lastDataset = null;
        for (String key : keys) {
            Matcher m = DATASET_LINE.matcher(key);
            String dataset = m.find() ? m.group(1) : null;
            if (dataset == null || !dataset.equals(lastDataset)) {
                points.add(key);
            }
            lastDataset = dataset;
        }
        return thinned(points);
    }

    private static final Pattern STAGE_COMPLETED = Pattern.compile("^NightlyPipeline: Stage \\S+ completed");
    private static final Pattern STAGE_STARTED = Pattern.compile("^NightlyPipeline: Stage \\S+ started");
    private static final String SPARK_LINE = "analytics: ";
    private static final String SPARK_PUBLISHED = "published in the database";

    /** The points without those that leave the same state as a neighbour (see {@link #points}). */
    static List<String> thinned(List<String> points) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            if (point.startsWith(SPARK_LINE) && !point.contains(SPARK_PUBLISHED)) {
                continue;
            }
            boolean nextStarts = i + 1 < points.size()
                    && STAGE_STARTED.matcher(points.get(i + 1)).find();
            if (STAGE_COMPLETED.matcher(point).find() && nextStarts) {
                continue;
            }
            kept.add(point);
        }
        return kept;
    }

    static Optional<String> key(String line) {
        Matcher m = LOG_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        return Optional.of(prefix + m.group(2).replaceAll("/\\S+", "<path>").replaceAll("\\d+", "#"));
    }

    private static int firstStage(List<String> points) {
        for (int i = 0; i < points.size(); i++) {
            if (FIRST_STAGE.matcher(points.get(i)).find()) {
                return i;
            }
        }
        throw new AssertionError("no stage in " + points);
    }

    /**
     * Waits for the point {@code from} and returns its index (polling the night's stderr file; the
     * order comes from the lines). A first start's point may be passed over, when the kill before it
     * landed after the work it marks (initdb, the migrations); then the next first-start point counts.
     * Later points are awaited exactly: a recovering night writes some of them early too (stopping
     * the server a killed night left running is logged like the night's own stop at its end).
     */
    private static int awaitPoint(PipelineShell.Started started, List<String> points, int from)
            throws InterruptedException {
        int firstStage = firstStage(points);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Integer> reached = started.stderr()
                    .lines()
                    .map(CrashPointsIT::key)
                    .flatMap(Optional::stream)
                    .map(points::indexOf)
                    .filter(i -> i == from || (i > from && i < firstStage))
                    .findFirst();
            if (reached.isPresent()) {
                return reached.get();
            }
            assertThat(started.process().isAlive())
                    .as("ended before '" + points.get(from) + "':\n" + started.stderr())
                    .isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + points.get(from) + "' within 5 minutes:\n" + started.stderr());
    }

    /**
     * The last point a killed night logged after the awaited one, following the points in order (lines
     * in between that are no point, or a point out of order, are passed over), read from its whole stderr
     * once it is dead: the kill landed after all of them. The states between the awaited point and that
     * one were not killed in this chain (a kill cannot be placed more exactly by watching stderr); the
     * points themselves count as passed, since a re-run would skip their work and never log them.
     */
    static int landedAfter(String stderr, List<String> points, int awaited) {
        List<String> keys =
                stderr.lines().map(CrashPointsIT::key).flatMap(Optional::stream).toList();
        int from = keys.indexOf(points.get(awaited));
        int landed = awaited;
        for (String key : keys.subList(from < 0 ? keys.size() : from + 1, keys.size())) {
            if (landed + 1 < points.size() && key.equals(points.get(landed + 1))) {
                landed++;
            }
        }
        return landed;
    }

    private static void awaitLine(PipelineShell.Started started, String regex) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (pattern.matcher(started.stderr()).find()) {
                return;
            }
            assertThat(started.process().isAlive())
                    .as("ended before '" + regex + "':\n" + started.stderr())
                    .isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + regex + "' within 5 minutes:\n" + started.stderr());
    }

    /** Folders a reader does not see ({@code .run_date=...tmp-...}, Spark's {@code _temporary}): left by a kill. */
    static List<String> hiddenFolders(Path outputRoot) throws IOException {
        if (!Files.isDirectory(outputRoot)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(outputRoot)) {
            return files.filter(Files::isDirectory)
                    .filter(CrashPointsIT::hidden)
                    .map(p -> outputRoot.relativize(p).toString())
                    .toList();
        }
    }

    private static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_");
    }

    /** Every visible Parquet folder under the output root, as its rows (column=value;...), sorted. */
    static Map<String, List<String>> parquet(Path outputRoot) throws IOException {
        Map<String, List<String>> folders = new TreeMap<>();
        if (!Files.isDirectory(outputRoot)) {
            return folders;
        }
        List<Path> dirs;
        try (Stream<Path> files = Files.walk(outputRoot)) {
            dirs = files.filter(p -> p.toString().endsWith(".parquet"))
                    .map(Path::getParent)
                    .filter(dir -> Stream.iterate(dir, p -> !p.equals(outputRoot), Path::getParent)
                            .noneMatch(CrashPointsIT::hidden))
                    .distinct()
                    // the analyst report holds the night's stage times, which differ from night to night
                    .filter(dir -> !outputRoot.relativize(dir).startsWith("report"))
                    .toList();
        }
        for (Path dir : dirs) {
            List<String> random = DRAW_RANDOM_COLUMNS.getOrDefault(
                    outputRoot.relativize(dir).getName(0).toString(), List.of());
            List<String> rows = new ArrayList<>();
            try (ParquetRowReader reader = ParquetRowReader.open(dir)) {
                for (Row row = reader.next(); row != null; row = reader.next()) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < reader.columns().size(); i++) {
                        if (random.contains(reader.columns().names().get(i))) {
                            continue;
                        }
                        text.append(reader.columns().names().get(i))
                                .append('=')
                                .append(row.get(i))
                                .append(';');
                    }
                    rows.add(text.toString());
                }
            }
            // row order is not part of the contract (Spark's differs from night to night)
            rows.sort(null);
            folders.put(outputRoot.relativize(dir).toString(), rows);
        }
        return folders;
    }

    /** Each §2 dataset's export: its CSV, or the one-line reason it has none (paths aside). */
    static Map<String, String> exports(PipelineShell shell) throws IOException {
        Map<String, String> exports = new TreeMap<>();
        for (String dataset : CONTRACT_OUTPUTS) {
            Path out = shell.work.resolve("export/" + dataset + ".csv");
            Files.deleteIfExists(out);
            PipelineShell.Result result =
                    shell.run("export", dataset, "--date", NightOnSampleBundleIT.RUN_DATE, "--out", out.toString());
            String reason = result.stderr()
                    .strip()
                    .lines()
                    .filter(l -> l.startsWith("pipeline:"))
                    .reduce((a, b) -> b)
                    .orElse("")
                    .replace(shell.work.toString(), "<work>");
            exports.put(
                    dataset,
                    "exit " + result.exitCode() + "\n" + reason + "\n"
                            + (Files.exists(out) ? withoutRandomColumns(dataset, out) : "(no file)"));
        }
        return exports;
    }

    /** An export's text without the draw's seed- and clock-dependent columns (the others as they are). */
    private static String withoutRandomColumns(String dataset, Path csv) throws IOException {
        List<String> random = DRAW_RANDOM_COLUMNS.get(dataset);
        if (random == null) {
            return Files.readString(csv);
        }
        List<List<String>> rows = ExportedCsv.rows(csv);
        for (String column : random) {
            rows = ExportedCsv.without(rows, column);
        }
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join(",", row)).append('\n'));
        return text.toString();
    }

    /** The visible sample_draws Parquet: each draw's seed_sha256 and committed_at (what the commit published). */
    static Map<String, String> committedDraws(Path outputRoot) throws IOException {
        Map<String, String> draws = new TreeMap<>();
        Path folder = outputRoot.resolve("sample_draws/run_date=" + NightOnSampleBundleIT.RUN_DATE);
        if (!Files.isDirectory(folder)) {
            return draws;
        }
        try (ParquetRowReader reader = ParquetRowReader.open(folder)) {
            List<String> names = reader.columns().names();
            for (Row row = reader.next(); row != null; row = reader.next()) {
                draws.put(
                        row.get(names.indexOf("draw_id")),
                        row.get(names.indexOf("seed_sha256")) + " " + row.get(names.indexOf("committed_at")));
            }
        }
        return draws;
    }

    /** The recovered night's draw, re-checked as an auditor does: verify-draw on its exports, both hashes given. */
    private static void assertTheDrawChecksOut(PipelineShell shell) throws IOException {
        Path draws = shell.work.resolve("export/sample_draws.csv");
        shell.run("export", "sample_draws", "--date", NightOnSampleBundleIT.RUN_DATE, "--out", draws.toString());
        Path population = shell.work.resolve("export/draw_population.csv");
        shell.run(
                "export", "draw_population", "--date", NightOnSampleBundleIT.RUN_DATE, "--out", population.toString());
        Path sampled = shell.work.resolve("export/sampled.csv");
        shell.run("export", "sampled", "--date", NightOnSampleBundleIT.RUN_DATE, "--out", sampled.toString());
        List<List<String>> rows = ExportedCsv.rows(draws);
        List<String> header = rows.get(0);
        assertThat(rows).as("one draw on the sample bundle").hasSize(2);
        List<String> draw = rows.get(1);
        PipelineShell.Result check = shell.run(
                "verify-draw",
                "--population",
                population.toString(),
                "--draw",
                sampled.toString(),
                "--seed",
                draw.get(header.indexOf("seed")),
                "--ratio",
                draw.get(header.indexOf("ratio")),
                "--seed-sha256",
                draw.get(header.indexOf("seed_sha256")),
                "--population-sha256",
                draw.get(header.indexOf("population_sha256")));
        assertThat(check.exitCode())
                .as("the recovered draw checks out:\n" + check)
                .isZero();
    }
}
