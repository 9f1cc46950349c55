package org.examcommit.schedules.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.examcommit.schedules.pipeline.NightLock;
import org.examcommit.schedules.pipeline.RunHistory;
import org.springframework.stereotype.Component;

/** {@code ./pipeline status [--date yyyy-MM-dd]}: the run history, runs and their stages. */
@Component
class StatusCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");

    private final RunHistory history;
    private final NightLock lock;
    private final CliOutput out;

    StatusCommand(RunHistory history, NightLock lock, CliOutput out) {
        this.history = history;
        this.lock = lock;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("status", args, Set.of("date"));
        options.positional();
        Optional<LocalDate> runDate = Optional.empty();
        if (options.optional("date").isPresent()) {
            runDate =
                    Optional.of(Options.date("status", options.optional("date").get()));
        }
        Optional<LocalDate> date = runDate;
        return context -> context.getBean(StatusCommand.class).execute(date);
    }

    int execute(Optional<LocalDate> runDate) {
        // With no night running, a RUNNING row belongs to a process that died: show it as such.
        lock.tryAcquire().ifPresent(held -> {
            try (held) {
                history.markInterrupted();
            }
        });
        List<RunHistory.Run> runs = history.runs(runDate);
        if (runs.isEmpty()) {
            out.println(runDate.map(d -> "no runs for " + d).orElse("no runs yet"));
            return 0;
        }
        for (RunHistory.Run run : runs) {
            out.println(String.format(
                    "run %d  %s  %-6s  %-9s  %s%s%s",
                    run.runId(),
                    run.runDate(),
                    run.command(),
                    run.status(),
                    times(run.startedAt(), run.finishedAt()),
                    run.bundle() == null ? "" : "  bundle " + run.bundle(),
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
        return 0;
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
