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
 * crash points: every distinct log line it writes on stderr, in order (first start, migrations, each
 * import dataset, the verification, apply, the Parquet export, each later stage), so stages added
 * later join by themselves. For each point a night is started, the test waits for that line and
 * kills the whole process group with SIGKILL, then runs the night again and compares its Parquet
 * output with the undisturbed night's; at the end every dataset of contract §2 is exported and
 * compared too. Points before the first stage (initdb, server start, migrations) each get a fresh
 * DATA_DIR, as only a first start passes them; the later points share one DATA_DIR, so each of them
 * is also a re-run of a date whose earlier run was killed.
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

    private static final Pattern LOG_LINE = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d+ +(INFO|WARN) +(.*)$");
    private static final String SERVING = "Tomcat started on port|Started PlatformApplication in ";
    /** A line about one dataset: {@code Logger: dataset_name: ...}. */
    private static final Pattern DATASET_LINE = Pattern.compile("^\\w+: ([a-z_]+): ");

    private static final Pattern FIRST_STAGE = Pattern.compile("^NightlyPipeline: Stage ");

    /** The undisturbed night, run once for both tests. */
    record Baseline(String stderr, Map<String, List<String>> parquet, Map<String, String> exports) {}

    @TempDir
    static Path shared;

    private static Baseline baseline;

    @TempDir
    Path work;

    private static synchronized Baseline baseline() throws Exception {
        if (baseline == null) {
            try (PipelineShell shell = new PipelineShell(Files.createDirectories(shared.resolve("baseline")))) {
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
        Map<String, List<String>> parquet = undisturbed.parquet();
        assertThat(parquet).isNotEmpty();
        Map<String, String> exports = undisturbed.exports();

        int firstStage = firstStage(points);
        for (int i = 0; i < firstStage; i++) {
            try (PipelineShell fresh = shell("first-start-" + i)) {
                killAt(fresh, points.get(i));
                recover(fresh, points.get(i), parquet);
            }
        }
        try (PipelineShell shell = shell("crashes")) {
            for (String point : points.subList(firstStage, points.size())) {
                killAt(shell, point);
                recover(shell, point, parquet);
            }
            assertThat(exports(shell)).as("every §2 export after the crashes").isEqualTo(exports);
            PipelineShell.Result status = shell.run("status");
            assertThat(status.exitCode()).as(status.toString()).isZero();
        }
        System.out.printf(
                "CrashPointsIT: all points recovered in %d s%n",
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0));
    }

    @Test
    void serveKilledWhileItHoldsTheDatabaseForOtherCommandsLeavesALaterNightWorking() throws Exception {
        try (PipelineShell shell = shell("serve")) {
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

    private PipelineShell shell(String name) throws IOException {
        return new PipelineShell(Files.createDirectories(work.resolve(name)));
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

    private static void killAt(PipelineShell shell, String point) throws InterruptedException {
        PipelineShell.Started night = startNight(shell);
        awaitPoint(night, point);
        night.killGroup();
        assertThat(night.process().isAlive()).isFalse();
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
    }

    /**
     * The distinct log lines of a night, as keys (numbers and paths vary between nights, the rest does
     * not); of consecutive lines about one dataset ({@code candidates: ...} from two loggers) only the
     * first, as both land between the same two datasets.
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
        return points;
    }

    static Optional<String> key(String line) {
        Matcher m = LOG_LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(m.group(2).replaceAll("/\\S+", "<path>").replaceAll("\\d+", "#"));
    }

    private static int firstStage(List<String> points) {
        for (int i = 0; i < points.size(); i++) {
            if (FIRST_STAGE.matcher(points.get(i)).find()) {
                return i;
            }
        }
        throw new AssertionError("no stage in " + points);
    }

    private static void awaitPoint(PipelineShell.Started started, String point) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (started.stderr().lines().map(CrashPointsIT::key).anyMatch(k -> k.equals(Optional.of(point)))) {
                return;
            }
            assertThat(started.process().isAlive())
                    .as("ended before '" + point + "':\n" + started.stderr())
                    .isTrue();
            Thread.sleep(20);
        }
        throw new AssertionError("no '" + point + "' within 5 minutes:\n" + started.stderr());
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

    /** Every Parquet folder under the output root, as its rows (column=value, in file order). */
    static Map<String, List<String>> parquet(Path outputRoot) throws IOException {
        Map<String, List<String>> folders = new TreeMap<>();
        if (!Files.isDirectory(outputRoot)) {
            return folders;
        }
        List<Path> dirs;
        try (Stream<Path> files = Files.walk(outputRoot)) {
            dirs = files.filter(p -> p.toString().endsWith(".parquet"))
                    .map(Path::getParent)
                    .distinct()
                    .toList();
        }
        for (Path dir : dirs) {
            List<String> rows = new ArrayList<>();
            try (ParquetRowReader reader = ParquetRowReader.open(dir)) {
                for (Row row = reader.next(); row != null; row = reader.next()) {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < reader.columns().size(); i++) {
                        text.append(reader.columns().names().get(i))
                                .append('=')
                                .append(row.get(i))
                                .append(';');
                    }
                    rows.add(text.toString());
                }
            }
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
                            + (Files.exists(out) ? Files.readString(out) : "(no file)"));
        }
        return exports;
    }
}
