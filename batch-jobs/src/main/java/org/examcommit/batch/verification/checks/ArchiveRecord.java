package org.examcommit.batch.verification.checks;

import java.time.LocalDate;
import org.examcommit.contract.IntegrityBar;
import org.examcommit.contract.Violation;

/**
 * Misconduct already on record for the candidate's id_number (any exam).
 *
 * @param recordedUntil null when recorded without end
 */
public record ArchiveRecord(String examCode, Violation violation, LocalDate decidedOn, LocalDate recordedUntil)
        implements IntegrityBar.Misconduct {}
