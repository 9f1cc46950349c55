package org.examcommit.schedules.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.examcommit.batch.bundle.BundleImport;
import org.examcommit.batch.bundle.ImportReport;
import org.examcommit.batch.verification.NightlyVerification;
import org.examcommit.batch.verification.VerificationReport;
import org.examcommit.contract.ContractTime;
import org.examcommit.contract.privacy.Redaction;
import org.examcommit.registration.application.ApplicationDeadlines;
import org.examcommit.schedules.analytics.Analytics;
import org.examcommit.schedules.draw.DrawCommit;
import org.examcommit.schedules.draw.DrawPublish;
import org.examcommit.schedules.gate.SnapshotGate;
import org.examcommit.schedules.gate.SnapshotRefusedException;
import org.examcommit.schedules.integrity.IntegrityRecordsOutput;
import org.examcommit.schedules.provenance.Provenance;
import org.examcommit.schedules.report.NightReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One night for a run date: the pipeline walks {@link #stages()} in order (import of the bundles when
 * some are given, the snapshot gate, the on-site deadlines, the verification, the random draw's commitment, the Spark
 * analytics, the Spark draw, then publish, which reveals the draws' seeds), each recorded in the run
 * history with its times, counts or error. A retry walks the same list and skips what the failed night
 * finished, so a stage added to the list needs nothing else to be resumable. The seeds are revealed only
 * by a night that got that far: one failing after the commitment reveals nothing, and its re-run (or
 * retry) keeps the committed draw.
 */
@Service
public class NightlyPipeline {

    private static final Logger log = LoggerFactory.getLogger(NightlyPipeline.class);

    /** {@code pipeline_runs.command} of a night started by {@code ./pipeline run}. */
    public static final String RUN = "run";
    /** {@code pipeline_runs.command} of a resumed night. */
    public static final String RETRY = "retry";

    private final RunHistory history;
    private final NightLock lock;
    private final NightLedger ledger;
    private final Inbox inbox;
    private final NightMetrics metrics;
    private final BundleImport bundleImport;
    private final List<NightStage> stages;
    private final DrawCommit drawCommit;
    private final DrawPublish drawPublish;
    private final QuarantineOutput quarantine;
    private final NightReport report;
    private final Provenance provenance;

    public NightlyPipeline(
            RunHistory history,
            NightLock lock,
            NightLedger ledger,
            Inbox inbox,
            NightMetrics metrics,
            BundleImport bundleImport,
            SnapshotGate gate,
            NightlyVerification verification,
            ApplicationDeadlines deadlines,
            Analytics analytics,
            DrawCommit drawCommit,
            DrawPublish drawPublish,
            IntegrityRecordsOutput integrityRecords,
            QuarantineOutput quarantine,
            NightReport report,
            Provenance provenance) {
        this.history = history;
        this.lock = lock;
        this.ledger = ledger;
        this.inbox = inbox;
        this.metrics = metrics;
        this.bundleImport = bundleImport;
        this.drawCommit = drawCommit;
        this.drawPublish = drawPublish;
        this.quarantine = quarantine;
        this.report = report;
        this.provenance = provenance;
        // The deadline stage runs before the verification so that an application routed on-site tonight is
        // not given up in the same night it learns of it.
        this.stages = List.of(
                new NightStage(RunHistory.IMPORT, plan -> !plan.bundles().isEmpty(), this::importBundles),
                // before any stage that changes an application or publishes: a refused snapshot stops the night here
                // the quarantine Parquet only once the gate let the date's deliveries through: a refused night
                // publishes nothing of its date
                NightStage.always(SnapshotGate.STAGE, plan -> {
                    String verdict = gate.judge(plan.runDate());
                    quarantine.writeIfImported(plan.runDate(), !plan.bundles().isEmpty());
                    return summary(verdict);
                }),
                NightStage.always(RunHistory.DEADLINES, plan -> {
                    // run dates are days in China: a deadline passed on a run date when it passed before that day ended
                    Instant endOfRunDate = ContractTime.startOf(plan.runDate().plusDays(1));
                    int givenUp = deadlines.giveUpOverdue(endOfRunDate);
                    return new StageOutcome("given up " + givenUp, givenUp, -1, givenUp, -1);
                }),
                NightStage.always(RunHistory.VERIFY, plan -> {
                    VerificationReport r =
                            verification.verify(plan.runDate(), !plan.bundles().isEmpty());
                    return new StageOutcome(counts(r), r, r.verified() + r.skipped(), r.verified(), r.skipped());
                }),
                // committed before any analytics runs, so nothing the night computes can steer the seed
                NightStage.always(RunHistory.COMMIT_DRAW, plan -> summary(drawCommit.commit(plan.runDate()))),
                NightStage.always(RunHistory.ANALYTICS, plan -> summary(analytics.supervise(plan.runDate()))),
                NightStage.always(RunHistory.DRAW, plan -> summary(analytics.draw(plan.runDate()))),
                NightStage.always(
                        RunHistory.PUBLISH,
                        plan -> summary(
                                drawPublish.publish(plan.runDate()) + ", " + integrityRecords.publish(plan.runDate()))),
                // the analyst report and the notice page, from what the stages before wrote (the draw's too)
                NightStage.always(NightReport.STAGE, plan -> summary(report.write(plan.runDate(), runningNight()))));
    }

    /** The night's stages in the order they run. */
    public List<NightStage> stages() {
        return stages;
    }

    /** {@code ./pipeline import}: the import stage alone, recorded as a run of command {@code import}. */
    public ImportReport importBundle(Path bundle, LocalDate runDate) {
        try (NightLock.Held held = acquire()) {
            long runId = history.startRun(runDate, RunHistory.IMPORT, bundle.toString());
            NightStage importStage = stages.stream()
                    .filter(s -> s.name().equals(RunHistory.IMPORT))
                    .findFirst()
                    .orElseThrow();
            StageOutcome outcome = stage(runId, importStage, new NightPlan(runDate, List.of(bundle), false));
            history.finishRun(runId, "COMPLETED", null);
            @SuppressWarnings("unchecked")
            List<ImportReport> reports = (List<ImportReport>) outcome.report();
            return reports.get(0);
        }
    }

    /** {@code ./pipeline run}: every stage of the night; a re-run of a date replaces the date's output. */
    public Night run(LocalDate runDate, Optional<Path> bundle) {
        try (NightLock.Held held = acquire()) {
            NightPlan plan = new NightPlan(runDate, bundle.stream().toList(), false);
            long runId = history.startRun(runDate, RUN, plan.bundleColumn());
            return walk(runId, plan, Map.of());
        }
    }

    /**
     * {@code ./pipeline retry}: resumes the date's last night, which must have failed, at its failed stage.
     * The stages it finished (COMPLETED, or SKIPPED because an earlier run finished them) are recorded as
     * SKIPPED in the new run, which carries the failed night's bundles.
     */
    public Night retry(LocalDate runDate) {
        try (NightLock.Held held = acquire()) {
            RunHistory.Run last = history.lastNight(runDate)
                    .orElseThrow(() -> new NightFailedException(
                            null, "no night of " + runDate + " to retry (see ./pipeline status)", null));
            if (!"FAILED".equals(last.status())) {
                throw new NightFailedException(
                        null,
                        "the night of " + runDate + " (run " + last.runId() + ") "
                                + last.status().toLowerCase() + ": nothing to retry (./pipeline run --date " + runDate
                                + " runs it again)",
                        null);
            }
            Map<String, String> finished = new LinkedHashMap<>();
            for (RunHistory.Stage s : last.stages()) {
                if (s.stage().equals(SnapshotGate.STAGE)) {
                    // judged again on every walk: what the tables hold may have changed since (an import, a
                    // later night), and the stages after it must not run on a snapshot nobody judged
                    continue;
                }
                if ("COMPLETED".equals(s.status())) {
                    finished.put(s.stage(), "done in run " + last.runId());
                } else if ("SKIPPED".equals(s.status())) {
                    finished.put(s.stage(), s.counts());
                }
            }
            // a retry of a scheduled night moves its inbox bundles to done/ once it completes
            boolean scheduled = ledger.claimedBy(runDate).isPresent();
            NightPlan plan = new NightPlan(runDate, NightPlan.bundlesOf(last.bundle()), scheduled);
            long runId = history.startRun(runDate, RETRY, last.bundle());
            log.info(
                    "Retrying the night of {} (run {}) from run {}: finished before: {}",
                    runDate,
                    runId,
                    last.runId(),
                    finished.keySet());
            return walk(runId, plan, finished);
        }
    }

    /**
     * The scheduler's night for a run date: waits up to {@code lockWait} for a night running elsewhere,
     * then claims the date in the ledger with the bundles waiting in the inbox and runs every stage. Empty
     * when the date's scheduled night was claimed before (completed, running or failed: a failed one is for
     * {@code retry}); the bundles move to INBOX_DIR/done/ once the night completed.
     */
    public Optional<Night> runScheduled(LocalDate runDate, String instanceId, Duration lockWait) {
        Optional<NightLock.Held> acquired = lock.acquireWaiting(lockWait);
        if (acquired.isEmpty()) {
            failIfUnclaimed(runDate, instanceId, busy() + ", waited " + lockWait);
            return Optional.empty();
        }
        try (NightLock.Held held = acquired.get()) {
            markInterrupted();
            if (ledger.claimedBy(runDate).isPresent()) {
                return Optional.empty();
            }
            NightPlan plan = new NightPlan(runDate, inbox.waiting(), true);
            OptionalLong runId = ledger.claim(runDate, plan.bundleColumn(), instanceId);
            if (runId.isEmpty()) {
                return Optional.empty();
            }
            log.info(
                    "Scheduled night of {} (run {}) on {}: bundles {}",
                    runDate,
                    runId.getAsLong(),
                    instanceId,
                    plan.bundles());
            return Optional.of(walk(runId.getAsLong(), plan, Map.of()));
        }
    }

    /**
     * A scheduled night that could not start (another night held the database past the wait): claimed in
     * the ledger as a FAILED run, in one transaction, with the bundles waiting now, so that {@code
     * ./pipeline retry --date} runs it whole once the other night is done; left unclaimed, no later fire
     * would take the date. Returns (nothing to do, as for any fire) when the date was claimed before, or
     * when the night holding the database is of the same date (run by hand: its outcome is the date's).
     */
    private void failIfUnclaimed(LocalDate runDate, String instanceId, String why) {
        if (history.running().filter(r -> r.runDate().equals(runDate)).isPresent()) {
            return;
        }
        OptionalLong runId =
                ledger.claim(runDate, new NightPlan(runDate, inbox.waiting(), true).bundleColumn(), instanceId, why);
        if (runId.isEmpty()) {
            return;
        }
        throw new NightFailedException(
                null, why + "; ./pipeline retry --date " + runDate + " runs it (run " + runId.getAsLong() + ")", null);
    }

    /** Runs every stage of the plan that applies, except the finished ones (recorded SKIPPED with the note given). */
    Night walk(long runId, NightPlan plan, Map<String, String> finished) {
        Map<String, StageOutcome> ran = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        boolean versionsRecorded = false;
        for (NightStage stage : stages) {
            if (!stage.appliesTo().test(plan)) {
                continue;
            }
            // every stage after the import reads the snapshots the tables hold by then: the run's provenance
            if (!versionsRecorded && !stage.name().equals(RunHistory.IMPORT)) {
                provenance.record(runId, plan.runDate());
                versionsRecorded = true;
            }
            String note = finished.get(stage.name());
            if (note != null) {
                history.skipStage(runId, stage.name(), note);
                skipped.add(stage.name());
                log.info("Stage {} skipped: {}", stage.name(), note);
                continue;
            }
            ran.put(stage.name(), stage(runId, stage, plan));
        }
        history.finishRun(runId, "COMPLETED", null);
        if (plan.fromInbox()) {
            inbox.markDone(plan.bundles(), runId);
        }
        return new Night(runId, plan.runDate(), ran, skipped);
    }

    private NightLock.Held acquire() {
        NightLock.Held held = lock.tryAcquire().orElseThrow(() -> new NightFailedException(null, busy(), null));
        markInterrupted();
        return held;
    }

    private void markInterrupted() {
        int interrupted = history.markInterrupted();
        if (interrupted > 0) {
            log.warn("Marked {} run(s) left RUNNING by a process that died as FAILED (interrupted)", interrupted);
        }
    }

    /** The one-line reason a night cannot start while another holds the lock. */
    private String busy() {
        return history.running()
                .map(r -> "the night of " + r.runDate() + " is running elsewhere (run " + r.runId() + ", " + r.command()
                        + ", started " + r.startedAt().toInstant() + "); see ./pipeline status")
                .orElse("another night is running on this database (see ./pipeline status)");
    }

    private StageOutcome stage(long runId, NightStage stage, NightPlan plan) {
        history.startStage(runId, stage.name());
        log.info("Stage {} started", stage.name());
        long t0 = System.nanoTime();
        try {
            StageOutcome outcome = stage.work().apply(plan);
            history.finishStage(runId, stage.name(), "COMPLETED", outcome.summary(), null);
            metrics.stage(stage.name(), "COMPLETED", Duration.ofNanos(System.nanoTime() - t0), outcome);
            log.info(
                    "Stage {} completed in {} ms: {}",
                    stage.name(),
                    (System.nanoTime() - t0) / 1_000_000,
                    outcome.summary());
            return outcome;
        } catch (RuntimeException e) {
            // the gate's refusal names each refused snapshot and its accept-snapshot command, no personal data:
            // kept whole rather than cut at the operator's usual length
            String reason = e instanceof SnapshotRefusedException
                    ? Redaction.oneLine(e.getMessage())
                    : Redaction.forOperator(e);
            history.finishStage(runId, stage.name(), "FAILED", null, reason);
            metrics.stage(stage.name(), "FAILED", Duration.ofNanos(System.nanoTime() - t0), null);
            history.finishRun(runId, "FAILED", "stage " + stage.name() + ": " + reason);
            throw new NightFailedException(stage.name(), reason, e);
        }
    }

    private StageOutcome importBundles(NightPlan plan) {
        List<ImportReport> reports = new ArrayList<>();
        for (Path bundle : plan.bundles()) {
            reports.add(bundleImport.importBundle(bundle, plan.runDate()));
        }
        long loaded = 0;
        long quarantined = 0;
        for (ImportReport r : reports) {
            for (ImportReport.DatasetReport d : r.datasets()) {
                loaded += d.loaded();
                quarantined += d.quarantined();
            }
        }
        String summary = reports.stream().map(NightlyPipeline::counts).collect(Collectors.joining("; "));
        return new StageOutcome(summary, reports, loaded + quarantined, loaded, quarantined);
    }

    /** The run this night is recorded as (the one RUNNING while the night holds the lock). */
    private long runningNight() {
        return history.running()
                .map(RunHistory.Run::runId)
                .orElseThrow(() -> new IllegalStateException("no running night in the run history"));
    }

    private static StageOutcome summary(String summary) {
        return StageOutcome.of(summary, summary);
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

    /**
     * What a night did: its run id and date, the outcome of each stage it ran (in order), and the stages it
     * skipped because an earlier run of the date had finished them.
     */
    public record Night(long runId, LocalDate runDate, Map<String, StageOutcome> ran, List<String> skipped) {

        /** The import reports, one per bundle (none when no import ran). */
        @SuppressWarnings("unchecked")
        public List<ImportReport> imported() {
            StageOutcome o = ran.get(RunHistory.IMPORT);
            return o == null ? List.of() : (List<ImportReport>) o.report();
        }

        public Optional<VerificationReport> verified() {
            return Optional.ofNullable(ran.get(RunHistory.VERIFY)).map(o -> (VerificationReport) o.report());
        }

        public Optional<String> analytics() {
            return Optional.ofNullable(ran.get(RunHistory.ANALYTICS)).map(StageOutcome::summary);
        }

        /** The draws' commitment, draw and reveal, as their stages summarised them (those that ran). */
        public Optional<String> draw() {
            String draw = java.util.stream.Stream.of(RunHistory.COMMIT_DRAW, RunHistory.DRAW, RunHistory.PUBLISH)
                    .map(ran::get)
                    .filter(java.util.Objects::nonNull)
                    .map(StageOutcome::summary)
                    .collect(Collectors.joining("; "));
            return draw.isEmpty() ? Optional.empty() : Optional.of(draw);
        }

        /** The names of the stages that ran or were skipped, in the night's order. */
        public Set<String> stageNames() {
            Set<String> names = new java.util.LinkedHashSet<>(ran.keySet());
            names.addAll(skipped);
            return names;
        }
    }
}
