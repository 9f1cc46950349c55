package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad arguments: exit 2, the reason and the usage on stderr, nothing on stdout, nothing started. */
class BadArgumentsIT {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "frobnicate",
                "run",
                "run --date",
                "run --date 2026-13-01",
                "run --date 20261120",
                "run --date 2026-11-20 --bundle /no/such/bundle",
                "run --date 2026-11-20 --color red",
                "import",
                "import /no/such/bundle",
                "export verification_results --date 2026-11-20",
                "export no_such_dataset --date 2026-11-20 --out x.csv",
                "export --date 2026-11-20 --out x.csv",
                "status --date yesterday",
                "serve now",
                "demo --applications 0",
                "demo --applications x",
                "demo --applications",
                "demo 400",
                "retry",
                "retry --date 2026-02-30",
                "status --csv yes",
                "accept-snapshot --date 2026-11-20 --reason checked",
                "accept-snapshot --date 2026-11-20 no_such_dataset --reason checked",
                "accept-snapshot --date 2026-11-20 social_insurance",
                "accept-snapshot social_insurance --reason checked",
                "accept-snapshot --date 2026-11-31 social_insurance --reason checked",
                "explain --date 2026-11-20",
                "explain A-1",
                "explain A-1 A-2 --date 2026-11-20"
            })
    void refusesWithUsageAndExitTwo(String line) throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            PipelineShell.Result result = shell.run(line.isEmpty() ? new String[0] : line.split(" "));

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
            assertThat(result.stdout()).isEmpty();
            assertThat(result.stderr()).startsWith("pipeline: ").contains("usage: ./pipeline demo [--applications N]");
            assertThat(Files.exists(shell.dataDir)).as("nothing was started").isFalse();
        }
    }

    @Test
    void helpPrintsTheUsageOnStdout() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            PipelineShell.Result result = shell.run("--help");

            assertThat(result.exitCode()).isZero();
            assertThat(result.stdout())
                    .contains(
                            "./pipeline run --date yyyy-MM-dd [--bundle BUNDLE_DIR]",
                            "./pipeline export DATASET --date yyyy-MM-dd --out FILE.csv",
                            "./pipeline serve");
        }
    }
}
