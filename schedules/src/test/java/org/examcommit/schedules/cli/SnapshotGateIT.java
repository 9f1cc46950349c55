package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot gate and provenance from a shell on a fresh DATA_DIR: a night on the sample bundle accepts
 * its first snapshots; the next night's bundle carries a social_insurance file cut in half and stops at
 * stage gate with nothing of its date verified or published; the operator accepts the snapshot, retry
 * runs the night; explain then shows an application with several flags, masked, with the snapshot
 * versions the night read. One Spark night only: the first night has no analytics (it fails after the
 * gate, which is all this test needs of it).
 */
class SnapshotGateIT {

    private static final String FIRST_NIGHT = "2026-11-19";
    private static final String NIGHT = "2026-11-20";
    private static final Pattern UNMASKED_ID = Pattern.compile("(?<![0-9a-f])\\d{17}[\\dX](?![0-9a-f])");

    @TempDir
    Path work;

    @Test
    void aRefusedSnapshotStopsTheNightUntilAcceptedThenRetryGoesOnAndExplainTracesIt() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path sparkConf = Files.createDirectories(work.resolve("spark-conf"));
            Files.writeString(sparkConf.resolve("spark-defaults.conf"), CrashPointsIT.SPARK_DEFAULTS);
            shell.environment.put("SPARK_CONF_DIR", sparkConf.toString());
            Path sample = shell.root.resolve("samples/bundle");

            PipelineShell.Result first = shell.runWith(
                    Map.of("ANALYTICS_HOME", work.resolve("no-analytics").toString()),
                    "run",
                    "--date",
                    FIRST_NIGHT,
                    "--bundle",
                    sample.toString());
            assertThat(lastLine(first.stderr()))
                    .as(first.toString())
                    .startsWith("pipeline: run failed at stage analytics");

            Path cut = cutSocialInsuranceInHalf(sample, work.resolve("cut-bundle"));
            PipelineShell.Result refused = shell.run("run", "--date", NIGHT, "--bundle", cut.toString());
            assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(1);
            assertThat(lastLine(refused.stderr()))
                    .as(refused.toString())
                    .containsPattern("^pipeline: run failed at stage gate: the social_insurance snapshot of " + NIGHT
                            + ": row_count \\d+ \\(last accepted, " + FIRST_NIGHT
                            + "\\) -> \\d+ tonight \\(fell 5\\d\\.\\d %")
                    .contains("./pipeline accept-snapshot --date " + NIGHT + " social_insurance --reason TEXT");
            assertThat(refused.stderr()).doesNotContain("Stage deadlines started", "Stage verify started");
            PipelineShell.Result nothing = shell.run(
                    "export",
                    "verification_results",
                    "--date",
                    NIGHT,
                    "--out",
                    work.resolve("v.csv").toString());
            assertThat(nothing.exitCode()).as("nothing of the date verified").isEqualTo(1);
            assertThat(CrashPointsIT.parquet(shell.outputRoot).keySet())
                    .as("no Parquet of the refused date, the quarantine's neither")
                    .noneMatch(folder -> folder.endsWith("run_date=" + NIGHT));

            PipelineShell.Result status = shell.run("status", "--date", NIGHT);
            assertThat(status.stdout())
                    .contains("gate     FAILED")
                    .containsPattern("social_insurance +" + NIGHT + " +REFUSED +\\d+ rows")
                    .containsPattern("identity_registry +" + NIGHT + " +ACCEPTED .*passed against the snapshot of "
                            + FIRST_NIGHT);

            PipelineShell.Result accepted = shell.run(
                    "accept-snapshot", "--date", NIGHT, "social_insurance", "--reason", "the partner resent half");
            assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
            assertThat(accepted.stdout())
                    .startsWith("accepted the social_insurance snapshot of " + NIGHT)
                    .contains("accepted by " + System.getProperty("user.name") + ": the partner resent half");
            PipelineShell.Result again =
                    shell.run("accept-snapshot", "--date", NIGHT, "social_insurance", "--reason", "twice");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(lastLine(again.stderr()))
                    .startsWith(
                            "pipeline: accept-snapshot: the social_insurance snapshot of " + NIGHT + " is accepted");

            PipelineShell.Result retry = shell.run("retry", "--date", NIGHT);
            assertThat(retry.exitCode()).as(retry.toString()).isZero();
            assertThat(retry.stderr())
                    .contains("Stage import skipped", "Stage gate completed", "Stage report completed");

            Path flags = work.resolve("flags.csv");
            assertThat(shell.run("export", "flags", "--date", NIGHT, "--out", flags.toString())
                            .exitCode())
                    .isZero();
            Map<String, List<String>> patterns = ExportedCsv.rows(Files.readString(flags)).stream()
                    .skip(1)
                    .collect(Collectors.groupingBy(
                            r -> r.get(1),
                            java.util.TreeMap::new,
                            Collectors.mapping(r -> r.get(2), Collectors.toList())));
            Map.Entry<String, List<String>> several = patterns.entrySet().stream()
                    .filter(e -> e.getValue().size() >= 2)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no application with several flags: " + patterns));

            PipelineShell.Result explain = shell.run("explain", several.getKey(), "--date", NIGHT);
            assertThat(explain.exitCode()).as(explain.toString()).isZero();
            assertThat(explain.stdout())
                    .startsWith("application " + several.getKey() + ", night of " + NIGHT)
                    .contains(
                            "verification: identity ",
                            "identity (identity_registry): ",
                            "flags (pattern, score, evidence): "
                                    + several.getValue().size(),
                            "snapshot versions read: run ")
                    .containsPattern(
                            "social_insurance \\| snapshot " + NIGHT + " \\| \\d+ rows \\| sha256 [0-9a-f]{64}")
                    .containsPattern(
                            "identity_registry \\| snapshot " + NIGHT + " \\| \\d+ rows \\| sha256 [0-9a-f]{64}");
            several.getValue().forEach(p -> assertThat(explain.stdout()).contains("    " + p + " | "));
            assertThat(UNMASKED_ID.matcher(explain.stdout()).find())
                    .as("id numbers masked")
                    .isFalse();
            assertThat(explain.stdout()).doesNotContainPattern("(?<![0-9a-f])1[3-9]\\d{9}(?![0-9a-f])");
            assertThat(explain.stdout()).containsPattern("id_number \\d{6}\\*{8}[\\dX]{4}");

            PipelineShell.Result unknown = shell.run("explain", "NO-SUCH-APP", "--date", NIGHT);
            assertThat(unknown.exitCode()).isEqualTo(1);
            assertThat(lastLine(unknown.stderr()))
                    .isEqualTo("pipeline: explain: application NO-SUCH-APP has no verification result of " + NIGHT
                            + " (see ./pipeline status)");
        }
    }

    /** A copy of the bundle whose social_insurance.csv keeps its header and the first half of its rows. */
    private static Path cutSocialInsuranceInHalf(Path bundle, Path copy) throws Exception {
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(bundle)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<String> lines = Files.readAllLines(copy.resolve("social_insurance.csv"));
        int rows = lines.size() - 1;
        Files.write(copy.resolve("social_insurance.csv"), lines.subList(0, 1 + rows / 2));
        return copy;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
