package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.examcommit.contract.FlagPattern;
import org.examcommit.contract.draw.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pipeline demo} from a shell, twice on one DATA_DIR: each run generates the bundle, runs the whole
 * night and prints routes, flags scored against the generator's ground truth, the draw's seed hash and seed,
 * and where its outputs are; what it prints agrees with the exports, the files it names exist, and the second
 * run says it replaced the first one's outputs and leaves every export row for row as it was.
 */
class DemoIT {

    static final int APPLICATIONS = 400;
    static final String RUN_DATE = DemoCommand.RUN_DATE.toString();

    /** The exports the summary is checked against (each costs a JVM start: the re-run compares the Parquet). */
    static final List<String> DATASETS = List.of("verification_results", "flags", "sample_draws");

    /** A night on two cores under other builds can take longer than one command's usual timeout. */
    private static final Duration NIGHT = Duration.ofMinutes(15);

    /** A line of the pattern table: pattern, flagged, truth, hits, precision, recall. */
    private static final Pattern PATTERN_LINE =
            Pattern.compile("^([A-Z_0-9]+) +(\\d+) +(\\d+) +(\\d+) +(\\d\\.\\d{3}|-) +(\\d\\.\\d{3}|-)$");

    private static final Pattern DRAW_LINE = Pattern.compile(
            "^draw (\\S+): seed_sha256 ([0-9a-f]{64}), seed ([0-9a-f]{64}), (\\d+) of (\\d+) exempt applications drawn$");

    /** The rule-defined patterns whose ground truth the generator decides exactly: the night must find just those. */
    private static final Set<String> EXACT = Set.of(
            "IDENTITY_MISMATCH",
            "CERT_NOT_FOUND",
            "CERT_MISMATCH",
            "CERT_SHARED",
            "WORK_YEARS_INFLATED",
            "WORK_OVERLAP",
            "WORK_BEFORE_16",
            "PHONE_SHARED",
            "DUPLICATE_APPLICATION",
            "REPORTED");

    @TempDir
    Path work;

    @Test
    void theDemoRunsTheWholeNightPrintsWhatItFoundAndRunsAgainReplacingItsOutputs() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path sparkConf = Files.createDirectories(work.resolve("spark-conf"));
            Files.writeString(sparkConf.resolve("spark-defaults.conf"), CrashPointsIT.SPARK_DEFAULTS);
            shell.environment.put("SPARK_CONF_DIR", sparkConf.toString());

            PipelineShell.Result first = demo(shell);
            assertThat(first.stdout()).doesNotContain("a demo ran here before");
            assertThat(first.stderr())
                    .contains("demo: generating " + APPLICATIONS + " applications")
                    .contains("NightlyPipeline: Stage report completed");
            Map<String, Path> firstExports = exports(shell, "first");
            assertSummaryAgreesWithTheExports(shell, first.stdout(), firstExports);
            Map<Path, Long> folders = folders(first.stdout());
            Map<String, List<String>> firstParquet = CrashPointsIT.parquet(shell.outputRoot);

            PipelineShell.Result second = demo(shell);
            assertThat(second.stdout())
                    .contains("a demo ran here before (run 1, completed); its outputs of " + RUN_DATE
                            + " were replaced, its committed draw kept")
                    .doesNotContain("note: that demo had");
            // every Parquet folder row by row, the draw's too (a re-run keeps the committed draw)
            assertThat(CrashPointsIT.parquet(shell.outputRoot))
                    .as("every output after the second demo")
                    .isEqualTo(firstParquet);
            Map<String, Path> secondExports = exports(shell, "second");
            for (String dataset : DATASETS) {
                assertThat(ExportedCsv.rows(secondExports.get(dataset)))
                        .as(dataset + " export after the second demo, row by row")
                        .containsExactlyElementsOf(ExportedCsv.rows(firstExports.get(dataset)));
            }
            assertThat(table(second.stdout())).isEqualTo(table(first.stdout()));
            assertThat(draws(second.stdout())).isEqualTo(draws(first.stdout()));
            assertThat(folders(second.stdout()))
                    .as("as many Parquet files in each folder: replaced, none added")
                    .isEqualTo(folders);
        }
    }

    private static PipelineShell.Result demo(PipelineShell shell) {
        PipelineShell.Result result = shell.start("demo", "--applications", Integer.toString(APPLICATIONS))
                .await(NIGHT);
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static void assertSummaryAgreesWithTheExports(PipelineShell shell, String stdout, Map<String, Path> exports)
            throws IOException {
        // routes as verification_results has them
        List<List<String>> results = rows(exports.get("verification_results"));
        long exempt = results.stream().filter(r -> r.get(9).equals("EXEMPT")).count();
        assertThat(results).hasSize(APPLICATIONS);
        assertThat(stdout)
                .contains("routes: EXEMPT " + exempt + ", ONSITE " + (APPLICATIONS - exempt) + " of " + APPLICATIONS
                        + " verified applications");

        // every pattern of the contract, flagged as the flags export has it, scored against the ground truth
        Map<String, Set<String>> flagged = new HashMap<>();
        for (List<String> flag : rows(exports.get("flags"))) {
            assertThat(flagged.computeIfAbsent(flag.get(2), p -> new HashSet<>())
                            .add(flag.get(1)))
                    .as("one flag per application and pattern")
                    .isTrue();
        }
        Map<String, List<String>> table = table(stdout);
        assertThat(table.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(FlagPattern.values()).map(Enum::name).toList());
        for (Map.Entry<String, List<String>> line : table.entrySet()) {
            String[] f = line.getValue().toArray(String[]::new);
            int flaggedCount = Integer.parseInt(f[0]);
            int truth = Integer.parseInt(f[1]);
            assertThat(flaggedCount)
                    .as(line.getKey() + " flagged")
                    .isEqualTo(flagged.getOrDefault(line.getKey(), Set.of()).size());
            assertThat(f[3]).as(line.getKey() + " precision").matches(flaggedCount == 0 ? "-" : "\\d\\.\\d{3}");
            assertThat(f[4]).as(line.getKey() + " recall").matches(truth == 0 ? "-" : "\\d\\.\\d{3}");
            if (EXACT.contains(line.getKey())) {
                assertThat(truth).as(line.getKey() + " made by the generator").isPositive();
                assertThat(f[3] + " " + f[4])
                        .as(line.getKey() + " precision and recall")
                        .isEqualTo("1.000 1.000");
            }
        }
        assertThat(table.get("EMPLOYER_CLUSTER").get(4))
                .as("EMPLOYER_CLUSTER recall")
                .isEqualTo("1.000");
        assertThat(table.get("ANOMALY").get(4)).as("ANOMALY recall").isEqualTo("1.000");

        // the draw's line: its hash as sample_draws publishes it, and the revealed seed hashes to it
        List<List<String>> draws = ExportedCsv.rows(exports.get("sample_draws"));
        List<String> header = draws.get(0);
        List<List<String>> printed = draws(stdout);
        assertThat(printed).hasSize(draws.size() - 1);
        for (int i = 0; i < printed.size(); i++) {
            List<String> row = draws.get(i + 1);
            String[] line = printed.get(i).toArray(String[]::new);
            assertThat(line[0]).isEqualTo(row.get(header.indexOf("draw_id")));
            assertThat(line[1]).isEqualTo(row.get(header.indexOf("seed_sha256")));
            assertThat(line[2]).isEqualTo(row.get(header.indexOf("seed")));
            assertThat(Seeds.sha256(Seeds.parse(line[2]))).isEqualTo(line[1]);
            assertThat(line[3]).isEqualTo(row.get(header.indexOf("sample_size")));
            assertThat(line[4]).isEqualTo(row.get(header.indexOf("population_size")));
            assertThat(shell.outputRoot.resolve("draws/" + line[0] + ".html")).isRegularFile();
        }

        // the files it names
        assertThat(folders(stdout).keySet())
                .as("a Parquet folder for each dataset the night writes")
                .hasSizeGreaterThanOrEqualTo(8);
        folders(stdout)
                .forEach((folder, files) ->
                        assertThat(files).as(folder.toString()).isPositive());
        assertThat(named(stdout, "analyst report: ")).isRegularFile().content().contains("<svg");
        assertThat(named(stdout, "public notice page: ")).isRegularFile();
        assertThat(stdout)
                .contains(shell.dataDir.resolve("demo/bundle/ground_truth.csv").toString());
    }

    /** Each dataset of {@link #DATASETS} exported for the run date. */
    private static Map<String, Path> exports(PipelineShell shell, String tag) {
        Map<String, Path> exports = new HashMap<>();
        for (String dataset : DATASETS) {
            Path out = shell.work.resolve(tag + "/" + dataset + ".csv");
            PipelineShell.Result result = shell.run("export", dataset, "--date", RUN_DATE, "--out", out.toString());
            assertThat(result.exitCode()).as(result.toString()).isZero();
            exports.put(dataset, out);
        }
        return exports;
    }

    private static List<List<String>> rows(Path csv) {
        List<List<String>> all = ExportedCsv.rows(csv);
        return all.subList(1, all.size());
    }

    /** The pattern table: pattern -> flagged, truth, hits, precision, recall. */
    private static Map<String, List<String>> table(String stdout) {
        Map<String, List<String>> table = new java.util.TreeMap<>();
        for (String line : stdout.lines().toList()) {
            Matcher m = PATTERN_LINE.matcher(line);
            if (m.matches()) {
                table.put(m.group(1), List.of(m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
            }
        }
        return table;
    }

    /** The draw lines: draw_id, seed_sha256, seed, drawn, population. */
    private static List<List<String>> draws(String stdout) {
        List<List<String>> draws = new ArrayList<>();
        for (String line : stdout.lines().toList()) {
            Matcher m = DRAW_LINE.matcher(line);
            if (m.matches()) {
                draws.add(List.of(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
            }
        }
        return draws;
    }

    /** The Parquet folders the summary names (indented absolute paths), each with its number of Parquet files. */
    private static Map<Path, Long> folders(String stdout) throws IOException {
        Map<Path, Long> folders = new java.util.TreeMap<>();
        for (String line : stdout.lines().toList()) {
            if (line.startsWith("  /")) {
                Path folder = Path.of(line.strip());
                assertThat(folder).as(line).isDirectory();
                try (Stream<Path> files = Files.list(folder)) {
                    folders.put(
                            folder,
                            files.filter(f -> f.getFileName().toString().endsWith(".parquet")
                                            && !f.getFileName().toString().startsWith("."))
                                    .count());
                }
            }
        }
        return folders;
    }

    /** The path on the line that starts with {@code label}, up to the first space. */
    private static Path named(String stdout, String label) {
        String line = stdout.lines()
                .filter(l -> l.startsWith(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line '" + label + "' in\n" + stdout));
        return Path.of(line.substring(label.length()).split(" ")[0]);
    }
}
