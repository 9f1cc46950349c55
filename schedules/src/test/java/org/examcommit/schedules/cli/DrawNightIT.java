package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.examcommit.contract.draw.Hex;
import org.examcommit.contract.draw.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The night's verifiable draw on the sample bundle, from a shell: a night killed between the commit and
 * the reveal has published the seed's hash and the population but no seed; its re-run keeps the
 * committed seed, population and time, draws, reveals, and the published draw checks out with
 * {@code ./pipeline verify-draw}; a third night on the date changes no byte of the four draw exports
 * and opens no second RANDOM_CHECK finding.
 */
class DrawNightIT {

    static final List<String> DRAW_DATASETS = List.of("sample_draws", "draw_population", "sampled", "draw_strata");

    private static final String DRAW_ID = "20261120-SW-2026";

    /** Three nights with two Spark applications each: more than one command's usual timeout on a busy machine. */
    private static final java.time.Duration NIGHT = java.time.Duration.ofMinutes(15);

    @TempDir
    Path work;

    @Test
    void aNightKilledAfterTheCommitKeepsItsDrawAndTheRevealedDrawChecksOut() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path sparkConf = Files.createDirectories(work.resolve("spark-conf"));
            Files.writeString(sparkConf.resolve("spark-defaults.conf"), CrashPointsIT.SPARK_DEFAULTS);
            shell.environment.put("SPARK_CONF_DIR", sparkConf.toString());
            String bundle = shell.root.resolve("samples/bundle").toString();
            PipelineShell.Started killed =
                    shell.start("run", "--date", NightOnSampleBundleIT.RUN_DATE, "--bundle", bundle);
            KillDuringRunIT.awaitStderr(killed, "NightlyPipeline: Stage analytics started");
            killed.killGroup();

            Map<String, String> committed = single(NightOnSampleBundleIT.export(shell, "sample_draws", "killed"));
            assertThat(committed)
                    .containsEntry("draw_id", DRAW_ID)
                    .containsEntry("ratio", "0.05")
                    .containsEntry("seed", "")
                    .containsEntry("revealed_at", "");
            assertThat(committed.get("seed_sha256")).matches("[0-9a-f]{64}");
            assertThat(committed.get("committed_at"))
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00");
            Path populationAtCommit = NightOnSampleBundleIT.export(shell, "draw_population", "killed");
            PipelineShell.Result noDraw = shell.run(
                    "export",
                    "sampled",
                    "--date",
                    NightOnSampleBundleIT.RUN_DATE,
                    "--out",
                    work.resolve("x.csv").toString());
            assertThat(noDraw.exitCode()).as("nothing drawn before the kill").isEqualTo(1);

            PipelineShell.Result rerun = shell.start(
                            "run", "--date", NightOnSampleBundleIT.RUN_DATE, "--bundle", bundle)
                    .await(NIGHT);
            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
            assertThat(rerun.stdout()).contains("draws committed 0, kept 1").contains("draws revealed 1");
            Map<String, String> revealed = single(NightOnSampleBundleIT.export(shell, "sample_draws", "second"));
            assertThat(revealed.get("seed_sha256")).as("never re-rolled").isEqualTo(committed.get("seed_sha256"));
            assertThat(revealed.get("committed_at")).isEqualTo(committed.get("committed_at"));
            assertThat(revealed.get("population_sha256")).isEqualTo(committed.get("population_sha256"));
            assertThat(Seeds.sha256(Hex.parse(revealed.get("seed")))).isEqualTo(committed.get("seed_sha256"));
            assertThat(revealed.get("revealed_at")).isNotEmpty();
            assertThat(ExportedCsv.bytes(NightOnSampleBundleIT.export(shell, "draw_population", "second")))
                    .isEqualTo(ExportedCsv.bytes(populationAtCommit));
            assertThat(rerun.stdout())
                    .contains("sampled " + revealed.get("sample_size") + ",")
                    .contains("findings opened " + revealed.get("sample_size"));

            Path sampled = NightOnSampleBundleIT.export(shell, "sampled", "second");
            PipelineShell.Result check = shell.run(
                    "verify-draw",
                    "--population",
                    populationAtCommit.toString(),
                    "--draw",
                    sampled.toString(),
                    "--seed",
                    revealed.get("seed"),
                    "--ratio",
                    revealed.get("ratio"),
                    "--seed-sha256",
                    committed.get("seed_sha256"),
                    "--population-sha256",
                    committed.get("population_sha256"));
            assertThat(check.exitCode()).as(check.toString()).isZero();
            assertThat(check.stdout())
                    .contains("population         " + revealed.get("population_size") + " applications");
            List<List<String>> strata = ExportedCsv.rows(NightOnSampleBundleIT.export(shell, "draw_strata", "second"));
            for (List<String> stratum : strata.subList(1, strata.size())) {
                assertThat(check.stdout())
                        .contains("province " + stratum.get(1) + "        n " + stratum.get(2) + ", k " + stratum.get(3)
                                + ", cut-off " + stratum.get(4));
            }

            PipelineShell.Result third = shell.start(
                            "run", "--date", NightOnSampleBundleIT.RUN_DATE, "--bundle", bundle)
                    .await(NIGHT);
            assertThat(third.exitCode()).as(third.toString()).isZero();
            assertThat(third.stdout()).contains("findings opened 0").contains("draws revealed 0, revealed before 1");
            for (String dataset : DRAW_DATASETS) {
                assertThat(ExportedCsv.bytes(NightOnSampleBundleIT.export(shell, dataset, "third")))
                        .as(dataset + ": a re-run of the date keeps the draw byte for byte")
                        .isEqualTo(ExportedCsv.bytes(shell.work.resolve("second/" + dataset + ".csv")));
            }
        }
    }

    /** The one data row of an export, by column. */
    private static Map<String, String> single(Path csv) throws Exception {
        List<List<String>> rows = ExportedCsv.rows(csv);
        assertThat(rows).as(Files.readString(csv)).hasSize(2);
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i), rows.get(1).get(i));
        }
        return row;
    }
}
