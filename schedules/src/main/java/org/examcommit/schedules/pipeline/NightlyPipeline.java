package org.examcommit.schedules.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.examcommit.batch.bundle.BundleImport;
import org.examcommit.batch.bundle.ImportReport;
import org.examcommit.batch.verification.NightlyVerification;
import org.examcommit.batch.verification.VerificationReport;
import org.examcommit.contract.ContractTime;
import org.examcommit.contract.privacy.Redaction;
import org.examcommit.registration.application.ApplicationDeadlines;
import org.examcommit.schedules.analytics.Analytics;
import org.examcommit.schedules.report.NightReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One night for a run date, stage by stage (import of the bundle when one is given, the on-site
 * deadlines, the verification, then the Spark analytics), each recorded in the run history with its times,
 * counts or error. The publishing stage joins here when it exists.
 */
@Service
public class NightlyPipeline {

    private static final Logger log = LoggerFactory.getLogger(NightlyPipeline.class);

    private final RunHistory history;
    private final NightLock lock;
    private final BundleImport bundleImport;
    private final NightlyVerification verification;
    private final ApplicationDeadlines deadlines;
    private final Analytics analytics;
    private final NightReport report;

    public NightlyPipeline(
            RunHistory history,
            NightLock lock,
            BundleImport bundleImport,
            NightlyVerification verification,
            ApplicationDeadlines deadlines,
            Analytics analytics,
            NightReport report) {
        this.history = history;
        this.lock = lock;
        this.bundleImport = bundleImport;
        this.verification = verification;
        this.deadlines = deadlines;
        this.analytics = analytics;
        this.report = report;
    }

    /** {@code ./pipeline import}: the import stage alone, recorded as a run of command {@code import}. */
    public ImportReport importBundle(Path bundle, LocalDate runDate) {
        try (NightLock.Held held = acquire()) {
            long runId = history.startRun(runDate, RunHistory.IMPORT, bundle.toString());
            ImportReport report = stage(
                    runId,
                    RunHistory.IMPORT,
                    () -> bundleImport.importBundle(bundle, runDate),
                    NightlyPipeline::counts);
            history.finishRun(runId, "COMPLETED", null);
            return report;
        }
    }

    /**
     * {@code ./pipeline run}: import (with a bundle), give up what missed its on-site deadline, then verify;
     * a re-run replaces the date's output. The deadline stage runs before the verification so that an
     * application routed on-site tonight is not given up in the same night it learns of it.
     */
    public Night run(LocalDate runDate, Optional<Path> bundle) {
        try (NightLock.Held held = acquire()) {
            long runId =
                    history.startRun(runDate, "run", bundle.map(Path::toString).orElse(null));
            Optional<ImportReport> imported = Optional.empty();
            if (bundle.isPresent()) {
                imported = Optional.of(stage(
                        runId,
                        RunHistory.IMPORT,
                        () -> bundleImport.importBundle(bundle.get(), runDate),
                        NightlyPipeline::counts));
            }
            // run dates are days in China: a deadline passed on a run date when it passed before that day ended
            Instant endOfRunDate = ContractTime.startOf(runDate.plusDays(1));
            stage(runId, RunHistory.DEADLINES, () -> deadlines.giveUpOverdue(endOfRunDate), n -> "given up " + n);
            VerificationReport verified = stage(
                    runId,
                    RunHistory.VERIFY,
                    () -> verification.verify(runDate, bundle.isPresent()),
                    NightlyPipeline::counts);
            String supervised = stage(runId, RunHistory.ANALYTICS, () -> analytics.supervise(runDate), s -> s);
            // the analyst report and the notice page, from what the stages before wrote
            stage(runId, NightReport.STAGE, () -> report.write(runDate, runId), s -> s);
            history.finishRun(runId, "COMPLETED", null);
            return new Night(runId, imported, verified, supervised);
        }
    }

    private NightLock.Held acquire() {
        NightLock.Held held = lock.tryAcquire()
                .orElseThrow(() -> new NightFailedException(
                        null, "another night is running on this database (see ./pipeline status)", null));
        int interrupted = history.markInterrupted();
        if (interrupted > 0) {
            log.warn("Marked {} run(s) left RUNNING by a process that died as FAILED (interrupted)", interrupted);
        }
        return held;
    }

    private <T> T stage(long runId, String stage, Supplier<T> work, Function<T, String> counts) {
        history.startStage(runId, stage);
        log.info("Stage {} started", stage);
        long t0 = System.nanoTime();
        try {
            T result = work.get();
            String summary = counts.apply(result);
            history.finishStage(runId, stage, "COMPLETED", summary, null);
            log.info("Stage {} completed in {} ms: {}", stage, (System.nanoTime() - t0) / 1_000_000, summary);
            return result;
        } catch (RuntimeException e) {
            String reason = Redaction.forOperator(e);
            history.finishStage(runId, stage, "FAILED", null, reason);
            history.finishRun(runId, "FAILED", "stage " + stage + ": " + reason);
            throw new NightFailedException(stage, reason, e);
        }
    }

    static String counts(ImportReport report) {
        return report.datasets().stream()
                .map(d -> d.dataset() + " " + d.loaded() + " loaded/" + d.quarantined() + " quarantined")
                .collect(Collectors.joining(", "));
    }

    static String counts(VerificationReport report) {
        return "verified " + report.verified() + ", exempt " + report.exempt() + ", onsite " + report.onsite()
                + ", skipped " + report.skipped();
    }

    /** What a night did: its run id, the import (when a bundle was given), the verification and the analytics' counts. */
    public record Night(long runId, Optional<ImportReport> imported, VerificationReport verified, String analytics) {}
}
