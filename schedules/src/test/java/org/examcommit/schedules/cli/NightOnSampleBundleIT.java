package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.examcommit.schedules.pages.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The README's first command: a night on the sample bundle, then its exports, compared row by row
 * with what the contract says for it (samples/expected, written by hand); then the same night
 * again, which replaces the date's output instead of adding to it.
 */
class NightOnSampleBundleIT {

    static final String RUN_DATE = "2026-11-20";
    /** Any 18-character ID number or 11-digit mobile number, unmasked. */
    static final Pattern UNMASKED = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|1\\d{10})(?![0-9A-Za-z])");

    /** The analytics' datasets, each compared with samples/expected. */
    static final List<String> ANALYTICS = List.of("flags", "key_supervision", "public_notice");

    private static final Pattern JUNIT_TEMP_DIR = Pattern.compile("junit-?\\d+");

    @TempDir
    Path work;

    @Test
    void nightOnTheSampleBundleExportsWhatTheContractSaysAndARerunReplacesIt() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path bundle = shell.root.resolve("samples/bundle");
            Path expected = shell.root.resolve("samples/expected");

            PipelineShell.Result beforeAnyRun = shell.run(
                    "export",
                    "verification_results",
                    "--date",
                    RUN_DATE,
                    "--out",
                    work.resolve("none.csv").toString());
            assertThat(beforeAnyRun.exitCode()).as(beforeAnyRun.toString()).isEqualTo(1);
            assertThat(beforeAnyRun.stderr().strip().lines().reduce((a, b) -> b).orElseThrow())
                    .startsWith("pipeline: export: no verification_results for run date " + RUN_DATE);
            assertThat(work.resolve("none.csv")).doesNotExist();

            PipelineShell.Result night = shell.run("run", "--date", RUN_DATE, "--bundle", bundle.toString());
            assertThat(night.exitCode()).as(night.toString()).isZero();
            assertThat(night.stdout())
                    .contains("applications", "quarantined", "verified 98 applications for " + RUN_DATE)
                    .contains("analytics for " + RUN_DATE + ": flags 27, key_supervision 8, public_notice 12,"
                            + " findings opened 8");
            assertThat(night.stderr()).contains(") completed");
            assertNothingUnmasked(night);
            assertThat(shell.outputRoot.resolve("verification_results/run_date=" + RUN_DATE))
                    .isDirectory();

            assertPagesRender(shell.outputRoot);

            Path results = export(shell, "verification_results", "first");
            Path quarantine = export(shell, "quarantine", "first");
            assertExportsMatchTheContract(results, quarantine, expected);
            for (String dataset : ANALYTICS) {
                Path analytics = export(shell, dataset, "first");
                assertThat(ExportedCsv.rows(analytics))
                        .as(dataset + ", row by row")
                        .containsExactlyElementsOf(ExportedCsv.rows(expected.resolve(dataset + ".csv")));
                assertThat(UNMASKED.matcher(Files.readString(analytics)).find())
                        .as(dataset + " is masked")
                        .isFalse();
                assertThat(shell.outputRoot.resolve(dataset + "/run_date=" + RUN_DATE))
                        .isDirectory();
            }

            PipelineShell.Result again = shell.run("run", "--date", RUN_DATE, "--bundle", bundle.toString());
            assertThat(again.exitCode()).as(again.toString()).isZero();
            Path results2 = export(shell, "verification_results", "second");
            Path quarantine2 = export(shell, "quarantine", "second");
            assertThat(ExportedCsv.bytes(results2))
                    .as("a re-run replaces, never duplicates")
                    .isEqualTo(ExportedCsv.bytes(results));
            assertThat(ExportedCsv.bytes(quarantine2)).isEqualTo(ExportedCsv.bytes(quarantine));
            for (String dataset : ANALYTICS) {
                assertThat(ExportedCsv.rows(export(shell, dataset, "second")))
                        .as(dataset + ": a re-run replaces, never duplicates")
                        .containsExactlyElementsOf(ExportedCsv.rows(expected.resolve(dataset + ".csv")));
            }
            assertThat(again.stdout()).contains("findings opened 0");

            PipelineShell.Result status = shell.run("status", "--date", RUN_DATE);
            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(status.stdout().lines().filter(l -> l.startsWith("run ")))
                    .hasSize(2)
                    .allMatch(l -> l.contains(" COMPLETED "));
            assertThat(status.stdout()).contains("import", "verify", "verified 98");
            assertNothingUnmasked(status);
        }
    }

    /** The night's report and notice page in a real headless Chromium; screenshots under target/screenshots. */
    static void assertPagesRender(Path outputRoot) throws Exception {
        Path report = outputRoot.resolve("report/run_date=" + RUN_DATE);
        assertThat(report.resolve("part-0.parquet")).isRegularFile();
        Path notice = outputRoot.resolve("public_notice/run_date=" + RUN_DATE + "/_public_notice.html");
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            for (Path page : List.of(report.resolve("_report.html"), notice)) {
                WebDriver d = chromium.open(page);
                assertThat(chromium.consoleErrors())
                        .as(page + ": console errors")
                        .isEmpty();
                assertThat(d.findElements(By.cssSelector("svg rect.bar")))
                        .as(page + ": bars")
                        .isNotEmpty();
                String text = d.findElement(By.tagName("body")).getText();
                assertThat(UNMASKED.matcher(text).find())
                        .as(page + ": nothing unmasked")
                        .isFalse();
                chromium.screenshot(Path.of("target/screenshots/sample-" + page.getFileName() + ".png"));
            }
        }
    }

    static Path export(PipelineShell shell, String dataset, String tag) {
        Path out = shell.work.resolve(tag + "/" + dataset + ".csv");
        PipelineShell.Result result = shell.run("export", dataset, "--date", RUN_DATE, "--out", out.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).isEmpty();
        return out;
    }

    static void assertExportsMatchTheContract(Path results, Path quarantine, Path expected) throws Exception {
        byte[] raw = ExportedCsv.bytes(results);
        assertThat(raw).as("no BOM").startsWith("run_date,".getBytes());
        assertThat(Files.readString(results)).doesNotContain("\r");
        List<List<String>> actualResults = ExportedCsv.rows(results);
        List<List<String>> expectedResults = ExportedCsv.rows(expected.resolve("verification_results.csv"));
        assertThat(actualResults.get(0)).containsExactlyElementsOf(expectedResults.get(0));
        assertThat(actualResults).as("verification_results, row by row").containsExactlyElementsOf(expectedResults);

        // The contract fixes a bad row's dataset, row number, column and masked record, not its reason's words.
        List<List<String>> actualQuarantine = ExportedCsv.rows(quarantine);
        List<List<String>> expectedQuarantine = ExportedCsv.rows(expected.resolve("quarantine.csv"));
        assertThat(actualQuarantine.get(0)).containsExactlyElementsOf(expectedQuarantine.get(0));
        assertThat(actualQuarantine.stream().skip(1)).allMatch(r -> !r.get(4).isBlank());
        assertThat(ExportedCsv.without(actualQuarantine, "reason"))
                .as("quarantine, row by row (reason aside)")
                .containsExactlyElementsOf(ExportedCsv.without(expectedQuarantine, "reason"));
        assertThat(UNMASKED.matcher(Files.readString(quarantine)).find())
                .as("quarantine records are masked")
                .isFalse();
    }

    static void assertNothingUnmasked(PipelineShell.Result result) {
        // the test's own temporary folder (junit-<random number>) appears in the logs and may be 18 digits long
        assertThat(Stream.of(result.stdout(), result.stderr())
                        .anyMatch(
                                s -> UNMASKED.matcher(JUNIT_TEMP_DIR.matcher(s).replaceAll("junit"))
                                        .find()))
                .as("an unmasked ID or phone number in\n" + result)
                .isFalse();
    }
}
