package org.examcommit.schedules.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.examcommit.schedules.gate.SnapshotGate;
import org.examcommit.schedules.gate.SnapshotProfile;
import org.springframework.stereotype.Component;

/**
 * {@code ./pipeline accept-snapshot --date yyyy-MM-dd DATASET --reason TEXT}: accepts an authority snapshot
 * the night's gate refused, recorded with the OS user and the reason; {@code ./pipeline retry} then goes on.
 */
@Component
class AcceptSnapshotCommand {

    private final SnapshotGate gate;
    private final CliOutput out;

    AcceptSnapshotCommand(SnapshotGate gate, CliOutput out) {
        this.gate = gate;
        this.out = out;
    }

    static Invocation parse(List<String> args) throws UsageException {
        Options options = Options.parse("accept-snapshot", args, Set.of("date", "reason"));
        String dataset = options.positional("DATASET").get(0);
        if (!SnapshotGate.DATASETS.contains(dataset)) {
            throw new UsageException("accept-snapshot: DATASET must be one of "
                    + String.join(", ", SnapshotGate.DATASETS) + ", not '" + dataset + "'");
        }
        LocalDate date = Options.date("accept-snapshot", options.required("date"));
        String reason = options.required("reason").strip();
        String user = System.getProperty("user.name", "unknown");
        return context -> context.getBean(AcceptSnapshotCommand.class).execute(dataset, date, user, reason);
    }

    int execute(String dataset, LocalDate date, String user, String reason) {
        SnapshotProfile accepted;
        try {
            accepted = gate.accept(dataset, date, user, reason);
        } catch (IllegalArgumentException e) {
            throw new CommandFailedException("accept-snapshot: " + e.getMessage());
        }
        out.println("accepted the " + dataset + " snapshot of " + date + " (" + accepted.summary() + "): "
                + accepted.verdict());
        return 0;
    }
}
