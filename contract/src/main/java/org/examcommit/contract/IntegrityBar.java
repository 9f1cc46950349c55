package org.examcommit.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may commit (DATA-CONTRACT §2), decided here once for the registration service and the nightly
 * verification: a candidate with a barring misconduct record, for any exam, cannot commit at all.
 */
public final class IntegrityBar {

    /** A misconduct record as the rule reads it: its violation and the end of its record period. */
    public interface Misconduct {

        Violation violation();

        /** The end of the record period; null = recorded without end. */
        LocalDate recordedUntil();
    }

    private IntegrityBar() {}

    /**
     * Whether one record bars on a date: a FALSE_COMMITMENT whatever its dates; a SERIOUS or VERY_SERIOUS
     * record while its recorded_until is on or after the date, or null.
     */
    public static boolean bars(Misconduct record, LocalDate date) {
        return record.violation() == Violation.FALSE_COMMITMENT
                || record.recordedUntil() == null
                || !record.recordedUntil().isBefore(date);
    }

    /** Whether any of the records bars on a date. */
    public static boolean bars(List<? extends Misconduct> records, LocalDate date) {
        return barring(records, date).isPresent();
    }

    /** The record that bars on a date, a false commitment (it bars for good) before any other; empty when none. */
    public static <M extends Misconduct> Optional<M> barring(List<M> records, LocalDate date) {
        Optional<M> falseCommitment = records.stream()
                .filter(r -> r.violation() == Violation.FALSE_COMMITMENT)
                .findFirst();
        return falseCommitment.isPresent()
                ? falseCommitment
                : records.stream().filter(r -> bars(r, date)).findFirst();
    }
}
