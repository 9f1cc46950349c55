package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed night, its retry and a bare import, read back by a script through {@code status --csv}: a
 * header and one line per run with contract §6's columns. The analytics home is missing, so the nights
 * fail at their analytics stage at once (no Spark) and the retry resumes there.
 */
class StatusCsvIT {

    private static final String NIGHT = "2026-11-20";

    @TempDir
    Path work;

    @Test
    void statusCsvListsEachRunWithItsFailedStageAndError() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            shell.environment.put("ANALYTICS_HOME", work.resolve("no-analytics").toString());

            PipelineShell.Result run = shell.run("run", "--date", NIGHT);
            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(lastLine(run.stderr())).startsWith("pipeline: run failed at stage analytics: ");

            PipelineShell.Result retry = shell.run("retry", "--date", NIGHT);
            assertThat(retry.exitCode()).as(retry.toString()).isEqualTo(1);
            assertThat(retry.stderr())
                    .contains("Stage deadlines skipped: done in run 1", "Stage verify skipped: done in run 1")
                    .doesNotContain("Stage verify started");
            assertThat(lastLine(retry.stderr())).startsWith("pipeline: retry failed at stage analytics: ");

            PipelineShell.Result imported =
                    shell.run("import", shell.root.resolve("samples/bundle").toString());
            assertThat(imported.exitCode()).as(imported.toString()).isZero();

            PipelineShell.Result status = shell.run("status", "--csv");
            assertThat(status.exitCode()).as(status.toString()).isZero();
            List<List<String>> rows = ExportedCsv.rows(status.stdout());
            assertThat(rows.get(0))
                    .containsExactly(
                            "run_id",
                            "run_date",
                            "command",
                            "status",
                            "started_at",
                            "finished_at",
                            "failed_stage",
                            "error");
            assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(8));
            List<String> first = rows.get(1);
            assertThat(first.subList(1, 4)).containsExactly(NIGHT, "run", "FAILED");
            assertThat(first.get(4)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(first.get(5)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(first.get(6)).isEqualTo("analytics");
            assertThat(first.get(7)).startsWith("stage analytics: the analytics are not built");
            assertThat(rows.get(2).subList(1, 4)).containsExactly(NIGHT, "retry", "FAILED");
            assertThat(rows.get(2).get(6)).isEqualTo("analytics");
            assertThat(rows.get(3).subList(2, 4)).containsExactly("import", "COMPLETED");
            assertThat(rows.get(3).get(6)).isEmpty();
            assertThat(rows.get(3).get(7)).isEmpty();
            assertThat(Long.parseLong(rows.get(3).get(0))).isGreaterThan(Long.parseLong(first.get(0)));

            PipelineShell.Result ofDate = shell.runWith(Map.of(), "status", "--date", NIGHT, "--csv");
            assertThat(ExportedCsv.rows(ofDate.stdout()))
                    .as(ofDate.toString())
                    .hasSize(rows.get(3).get(1).equals(NIGHT) ? 4 : 3);
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
