package org.examcommit.batch.verification.checks;

import java.time.LocalDate;
import java.util.List;
import org.examcommit.registration.contract.Violation;

/** Whether the integrity archive bars a candidate from committing (DATA-CONTRACT §2). */
public final class ArchiveBar {

    private ArchiveBar() {}

    /**
     * A FALSE_COMMITMENT record bars whatever its dates; a SERIOUS or VERY_SERIOUS one bars while its
     * recorded_until is on or after the run date, or null.
     */
    public static boolean bars(List<ArchiveRecord> records, LocalDate runDate) {
        for (ArchiveRecord record : records) {
            if (record.violation() == Violation.FALSE_COMMITMENT
                    || record.recordedUntil() == null
                    || !record.recordedUntil().isBefore(runDate)) {
                return true;
            }
        }
        return false;
    }
}
