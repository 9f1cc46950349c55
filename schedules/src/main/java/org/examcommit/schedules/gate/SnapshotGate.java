package org.examcommit.schedules.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examcommit.contract.privacy.Redaction;
import org.springframework.stereotype.Service;

/**
 * The night's stage {@code gate}, after the import and before anything changes an application: judges the
 * snapshot each authority table holds now against the last accepted one of its dataset. The first snapshot
 * of a dataset is accepted as it is; an accepted one (passed before, or accepted by an operator) is not
 * judged again. A refused one stops the night, whose stages after the gate then never run; {@code
 * ./pipeline accept-snapshot} accepts it and {@code ./pipeline retry} goes on.
 */
@Service
public class SnapshotGate {

    /** The stage's name in the run history. */
    public static final String STAGE = "gate";

    /** The authority datasets the gate judges (DATA-CONTRACT §1, authority side). */
    public static final List<String> DATASETS = List.of(
            "identity_registry", "education_registry", "degree_registry", "social_insurance", "integrity_archive");

    private final SnapshotProfileStore store;
    private final GateRules rules;

    SnapshotGate(SnapshotProfileStore store, GateRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /**
     * Judges the current snapshots; returns the stage's summary line.
     *
     * @throws SnapshotRefusedException naming each refused snapshot's first breach and how to accept it
     */
    public String judge(LocalDate runDate) {
        int first = 0;
        int passed = 0;
        int acceptedBefore = 0;
        List<String> refused = new ArrayList<>();
        for (SnapshotProfile tonight : store.current()) {
            if (SnapshotProfile.ACCEPTED.equals(tonight.status())) {
                acceptedBefore++;
                continue;
            }
            Optional<SnapshotProfile> last = store.lastAccepted(tonight.dataset(), tonight.snapshotDate());
            if (last.isEmpty()) {
                store.judged(tonight, SnapshotProfile.ACCEPTED, "the first snapshot of " + tonight.dataset());
                first++;
                continue;
            }
            List<Breach> breaches = SnapshotJudge.judge(rules, last.get(), tonight);
            if (breaches.isEmpty()) {
                store.judged(
                        tonight,
                        SnapshotProfile.ACCEPTED,
                        "passed against the snapshot of " + last.get().snapshotDate());
                passed++;
                continue;
            }
            store.judged(
                    tonight,
                    SnapshotProfile.REFUSED,
                    String.join("; ", breaches.stream().map(Breach::line).toList()));
            refused.add(breaches.get(0).line()
                    + (breaches.size() > 1 ? " and " + (breaches.size() - 1) + " more measure(s)" : "")
                    + "; after checking the delivery: ./pipeline accept-snapshot --date " + tonight.snapshotDate() + " "
                    + tonight.dataset() + " --reason TEXT");
        }
        if (!refused.isEmpty()) {
            throw new SnapshotRefusedException(
                    String.join("; ", refused) + "; then ./pipeline retry --date " + runDate);
        }
        return "snapshots: " + passed + " passed, " + first + " first of their dataset, " + acceptedBefore
                + " accepted before";
    }

    /**
     * {@code ./pipeline accept-snapshot}: an operator accepts a refused snapshot, recorded with who and why.
     *
     * @throws IllegalArgumentException with a one-line reason when there is no such snapshot or it is not refused
     */
    public SnapshotProfile accept(String dataset, LocalDate snapshotDate, String user, String reason) {
        SnapshotProfile profile = store.find(dataset, snapshotDate)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no " + dataset + " snapshot imported on " + snapshotDate + " (see ./pipeline status)"));
        // the reason is shown by status and the analyst report: one line, an id number or phone in it masked
        if (!store.accept(dataset, snapshotDate, user, Redaction.oneLine(reason))) {
            throw new IllegalArgumentException("the " + dataset + " snapshot of " + snapshotDate + " is "
                    + profile.status().toLowerCase(java.util.Locale.ROOT)
                    + (profile.verdict() == null ? "" : " (" + profile.verdict() + ")")
                    + ", not refused: nothing to accept");
        }
        return store.find(dataset, snapshotDate).orElseThrow();
    }
}
