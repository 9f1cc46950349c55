package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./pipeline verify-draw} from a shell, as an auditor runs it (contract §6), against the
 * contract's worked example {@code draw-vectors.csv} and tampered copies: exit 0 only when the draw
 * matches; differences named on stdout; a one-line reason on stderr; no database started.
 */
class VerifyDrawIT {

    private static final String SEED = "9f2c4e6a8b1d3f5e7a9c0b2d4f6e8a1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b";
    private static final String SEED_SHA256 = "cbb1401d5c9fb265e29eaedde4cab7f22962915c8f79c507dfc87f3e5e288de5";
    private static final String POPULATION_SHA256 = "6eebb3a6ea19b3d9b39f4aed421114020082cd07ed7e95102e2966164091bc6a";

    @TempDir
    Path work;

    private PipelineShell shell;
    private Path vectors;

    @BeforeEach
    void copyTheWorkedExample() throws Exception {
        shell = new PipelineShell(work);
        vectors = Files.copy(
                shell.root.resolve("contract/src/test/resources/draw/draw-vectors.csv"),
                work.resolve("draw-vectors.csv"));
    }

    private PipelineShell.Result verify(Path population, Path draw, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "verify-draw",
                "--population",
                population.toString(),
                "--draw",
                draw.toString(),
                "--seed",
                SEED,
                "--ratio",
                "0.25"));
        args.addAll(List.of(more));
        return shell.run(args.toArray(String[]::new));
    }

    @Test
    void theWorkedExampleChecksOutWithBothHashes() {
        PipelineShell.Result result =
                verify(vectors, vectors, "--seed-sha256", SEED_SHA256, "--population-sha256", POPULATION_SHA256);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout())
                .contains("seed_sha256        " + SEED_SHA256 + "  agrees with --seed-sha256")
                .contains("population_sha256  " + POPULATION_SHA256 + "  agrees with --population-sha256")
                .contains("20 applications in 3 provinces")
                .contains("province 11        n 7, k 2, cut-off 2b66267177c62126")
                .contains("province 31        n 5, k 2, cut-off 378c7d60865426b4")
                .contains("province 44        n 8, k 2, cut-off 2867784357444469")
                .contains("matches: the seed draws exactly the 6 applications of the draw file");
        assertThat(Files.exists(shell.dataDir)).as("no database started").isFalse();
    }

    @Test
    void exportsOfDrawPopulationAndSampledCheckOut() throws Exception {
        List<String> rows = Files.readAllLines(vectors).subList(1, 21);
        StringBuilder population = new StringBuilder("draw_id,province_code,application_id\n");
        StringBuilder sampled = new StringBuilder("draw_id,province_code,application_id,ticket\n");
        for (String row : rows) {
            String[] f = row.split(",");
            population.append("D1,").append(f[3]).append(',').append(f[4]).append('\n');
            if (f[6].equals("true")) {
                sampled.append("D1,")
                        .append(f[3])
                        .append(',')
                        .append(f[4])
                        .append(',')
                        .append(f[5])
                        .append('\n');
            }
        }
        // a date's whole export: another exam's draw in the same population file counts for nothing here
        population.append("D2,11,B00000001\nD2,44,B00000002\n");
        Path populationFile = Files.writeString(work.resolve("draw_population.csv"), population);
        Path drawFile = Files.writeString(work.resolve("sampled.csv"), sampled);

        PipelineShell.Result result = verify(populationFile, drawFile, "--population-sha256", POPULATION_SHA256);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout())
                .contains("(not checked: no --seed-sha256)")
                .contains("20 applications in 3 provinces");

        // a draw file mixing two draws cannot be checked against one seed
        Path mixed = Files.writeString(work.resolve("mixed.csv"), sampled + "D2,11,B00000001,0000000000000000\n");
        PipelineShell.Result refused = verify(populationFile, mixed);
        assertThat(refused.exitCode()).as(refused.toString()).isNotZero();
        assertThat(refused.stderr()).contains("holds 2 draws");
    }

    @Test
    void aTamperedDrawIsRefusedNamingEachApplicationThatDiffers() throws Exception {
        // A00000005 (drawn) swapped for A00000002 (not drawn), and A00000013's ticket altered
        String text = Files.readString(vectors)
                .replace("A00000005,15c76bc14362c88b,true", "A00000005,15c76bc14362c88b,false")
                .replace("A00000002,d3809b97c48daeb3,false", "A00000002,d3809b97c48daeb3,true")
                .replace("A00000013,2867784357444469,true", "A00000013,0000784357444469,true");
        Path tampered = Files.writeString(work.resolve("tampered.csv"), text);

        PipelineShell.Result result = verify(vectors, tampered, "--seed-sha256", SEED_SHA256);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stdout())
                .contains("EXTRA     A00000002 (province 11, ticket d3809b97c48daeb3)")
                .contains("MISSING   A00000005 (province 11, ticket 15c76bc14362c88b)")
                .contains(
                        "WRONG     A00000013: the seed gives 44 2867784357444469, the draw file says 44 0000784357444469")
                .contains("DIFFERS: 3 application(s)");
        assertThat(result.stderr().strip().lines().reduce((a, b) -> b).orElseThrow())
                .isEqualTo("pipeline: verify-draw: the published draw does not check out: 3 application(s) differ");
    }

    @Test
    void aPopulationEditedAfterTheCommitFailsItsHash() throws Exception {
        Path edited = Files.writeString(
                work.resolve("edited.csv"),
                Files.readString(vectors).replace(",44,A00000020,5de651328ee6cb17,false", ",44,A00000021,x,false"));

        PipelineShell.Result result = verify(edited, vectors, "--population-sha256", POPULATION_SHA256);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stdout()).contains("DIFFERS from --population-sha256 " + POPULATION_SHA256);
        assertThat(result.stderr()).contains("the population does not hash to --population-sha256");
    }

    @Test
    void aWrongSeedFailsItsHash() {
        String other = "0" + SEED.substring(1);
        PipelineShell.Result result = shell.run(
                "verify-draw",
                "--population",
                vectors.toString(),
                "--draw",
                vectors.toString(),
                "--seed",
                other,
                "--ratio",
                "0.25",
                "--seed-sha256",
                SEED_SHA256);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stdout()).contains("DIFFERS from --seed-sha256");
        assertThat(result.stderr()).contains("the seed does not hash to --seed-sha256");
    }

    @Test
    void badInputGetsAOneLineReason() throws Exception {
        Path noTicket = Files.writeString(work.resolve("no-ticket.csv"), "province_code,application_id\n11,A1\n");

        PipelineShell.Result missingColumn = verify(vectors, noTicket);
        assertThat(missingColumn.exitCode()).isEqualTo(1);
        assertThat(missingColumn.stdout()).isEmpty();
        assertThat(missingColumn.stderr().strip())
                .startsWith("pipeline: verify-draw: draw file ")
                .contains("has no column ticket")
                .doesNotContain("\n");

        PipelineShell.Result noFile = verify(work.resolve("nothing.csv"), vectors);
        assertThat(noFile.exitCode()).isEqualTo(1);
        assertThat(noFile.stderr().strip()).endsWith("nothing.csv does not exist");

        PipelineShell.Result shortSeed = shell.run(
                "verify-draw",
                "--population",
                vectors.toString(),
                "--draw",
                vectors.toString(),
                "--seed",
                "abcd",
                "--ratio",
                "0.25");
        assertThat(shortSeed.exitCode()).isEqualTo(2);
        assertThat(shortSeed.stderr()).startsWith("pipeline: verify-draw: --seed: a seed is 32 bytes");

        PipelineShell.Result badRatio = shell.run(
                "verify-draw",
                "--population",
                vectors.toString(),
                "--draw",
                vectors.toString(),
                "--seed",
                SEED,
                "--ratio",
                "0,25");
        assertThat(badRatio.exitCode()).isEqualTo(2);
        assertThat(badRatio.stderr()).startsWith("pipeline: verify-draw: --ratio: the ratio must be a decimal");
    }
}
