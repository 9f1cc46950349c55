package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a night's whole process group part-way: the embedded PostgreSQL (which
 * pg_ctl starts in a session of its own) outlives it; the next command clears it, the run is
 * shown as interrupted, and a new run of the date exports exactly what an uninterrupted night does.
 */
class KillDuringRunIT {

    @TempDir
    Path work;

    @Test
    void aNightKilledPartWayIsClearedAndItsRerunExportsTheSameAsAnUninterruptedNight() throws Exception {
        try (PipelineShell shell = new PipelineShell(work)) {
            Path bundle = shell.root.resolve("samples/bundle");
            PipelineShell.Started night =
                    shell.start("run", "--date", NightOnSampleBundleIT.RUN_DATE, "--bundle", bundle.toString());
            awaitStderr(night, "Stage import started");
            night.killGroup();
            assertThat(night.process().isAlive()).isFalse();

            PipelineShell.Result status = shell.run("status");
            assertThat(status.exitCode()).as(status.toString()).isZero();
            assertThat(status.stdout()).contains("FAILED", "interrupted");

            PipelineShell.Result rerun =
                    shell.run("run", "--date", NightOnSampleBundleIT.RUN_DATE, "--bundle", bundle.toString());
            assertThat(rerun.exitCode()).as(rerun.toString()).isZero();

            Path results = NightOnSampleBundleIT.export(shell, "verification_results", "after-kill");
            Path quarantine = NightOnSampleBundleIT.export(shell, "quarantine", "after-kill");
            NightOnSampleBundleIT.assertExportsMatchTheContract(
                    results, quarantine, shell.root.resolve("samples/expected"));
        }
    }

    static void awaitStderr(PipelineShell.Started started, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            if (started.stderr().contains(text)) {
                return;
            }
            assertThat(started.process().isAlive())
                    .as("ended before '" + text + "':\n" + started.stderr())
                    .isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("no '" + text + "' within 5 minutes:\n" + started.stderr());
    }
}
