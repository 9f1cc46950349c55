package org.examcommit.schedules.gate;

import java.time.LocalDate;

/**
 * One measure of a snapshot's profile that moved past its limit: which snapshot, the measure, its value in
 * the last accepted snapshot and tonight's, and the limit it broke.
 */
public record Breach(
        String dataset,
        LocalDate snapshotDate,
        LocalDate lastAccepted,
        String measure,
        String last,
        String tonight,
        String limit) {

    /** One line for the operator: "the social_insurance snapshot of D: row_count 1200 (accepted D0) -> 600 (...)". */
    public String line() {
        return "the " + dataset + " snapshot of " + snapshotDate + ": " + measure + " " + last + " (last accepted, "
                + lastAccepted + ") -> " + tonight + " tonight (" + limit + ")";
    }
}
