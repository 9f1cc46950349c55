package org.examcommit.schedules.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examcommit.schedules.export.CsvFormat;
import org.examcommit.schedules.gate.SnapshotProfile;
import org.examcommit.schedules.gate.SnapshotProfileStore;
import org.examcommit.schedules.pipeline.NightLock;
import org.examcommit.schedules.pipeline.RunHistory;
import org.springframework.stereotype.Component;

/**
 * {@code ./pipeline status [--date yyyy-MM-dd] [--csv]}: the run history, runs and their stages; with
 * {@code --csv}, a header and one line per run (contract §6's columns) for scripts.
 */
@Component
class StatusCommand {

    /** The columns of {@code --csv} (contract §6). */
    static final List<String> CSV_COLUMNS =
            List.of("run_id", "run_date", "command", "status", "started_at", "finished_at", "failed_stage", "error");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final RunHistory history;
    private final NightLock lock;
    private final SnapshotProfileStore snapshots;
    private final CliOutput out;

    StatusCommand(RunHistory history, NightLock lock, SnapshotProfileStore snapshots, CliOutput out) {
        this.history = history;
        this.lock = lock;
        this.snapshots = snapshots;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("status", args, Set.of("date"), Set.of("csv"));
        options.positional();
        Optional<LocalDate> runDate = Optional.empty();
        if (options.optional("date").isPresent()) {
            runDate =
                    Optional.of(Options.date("status", options.optional("date").get()));
        }
        Optional<LocalDate> date = runDate;
        boolean csv = options.flag("csv");
        return context -> context.getBean(StatusCommand.class).execute(date, csv);
    }

    int execute(Optional<LocalDate> runDate, boolean csv) {
        // With no night running, a RUNNING row belongs to a process that died: show it as such.
        lock.tryAcquire().ifPresent(held -> {
            try (held) {
                history.markInterrupted();
            }
        });
        List<RunHistory.Run> runs = history.runs(runDate);
        if (csv) {
            printCsv(runs);
            return 0;
        }
        if (runs.isEmpty()) {
            out.println(runDate.map(d -> "no runs for " + d).orElse("no runs yet"));
        }
        for (RunHistory.Run run : runs) {
            out.println(String.format(
                    "run %d  %s  %-6s  %-9s  %s%s%s",
                    run.runId(),
                    run.runDate(),
                    run.command(),
                    run.status(),
                    times(run.startedAt(), run.finishedAt()),
                    run.bundle() == null ? "" : "  bundle " + run.bundle().replace("\n", ", "),
                    run.error() == null ? "" : "  error: " + run.error()));
            for (RunHistory.Stage stage : run.stages()) {
                out.println(String.format(
                        "    %-8s %-9s  %s%s%s",
                        stage.stage(),
                        stage.status(),
                        times(stage.startedAt(), stage.finishedAt()),
                        stage.counts() == null ? "" : "  " + stage.counts(),
                        stage.error() == null ? "" : "  error: " + stage.error()));
            }
        }
        printSnapshots(runDate);
        return 0;
    }

    /** The authority snapshots imported on the date (without one: those the tables hold now), with the gate's verdict. */
    private void printSnapshots(Optional<LocalDate> runDate) {
        List<SnapshotProfile> profiles = runDate.map(snapshots::of).orElseGet(snapshots::current);
        if (profiles.isEmpty()) {
            return;
        }
        out.println(runDate.map(d -> "snapshots imported on " + d + ":").orElse("snapshots in use:"));
        for (SnapshotProfile p : profiles) {
            out.println(String.format(
                    "    %-18s %s  %-8s  %s, sha256 %s  %s",
                    p.dataset(),
                    p.snapshotDate(),
                    p.status(),
                    p.summary(),
                    p.contentSha256().substring(0, 12),
                    p.verdict() == null ? "" : p.verdict()));
        }
    }

    /** The header and one line per run: run_id, run_date, command, status, started_at, finished_at, failed_stage, error. */
    private void printCsv(List<RunHistory.Run> runs) {
        out.println(String.join(",", CSV_COLUMNS));
        for (RunHistory.Run run : runs) {
            out.println(String.join(
                    ",",
                    Long.toString(run.runId()),
                    run.runDate().toString(),
                    CsvFormat.field(run.command()),
                    run.status(),
                    utc(run.startedAt()),
                    utc(run.finishedAt()),
                    CsvFormat.field(run.failedStage()),
                    CsvFormat.field(run.error())));
        }
    }

    private static String utc(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static String times(OffsetDateTime started, OffsetDateTime finished) {
        String from = TIME.format(started.withOffsetSameInstant(ZoneOffset.UTC));
        if (finished == null) {
            return from + " -> (running)";
        }
        Duration took = Duration.between(started, finished);
        return String.format(
                "%s -> %s (%.1f s)",
                from, TIME.format(finished.withOffsetSameInstant(ZoneOffset.UTC)), took.toMillis() / 1000.0);
    }
}
