package org.examcommit.registration.commitment;

import java.time.LocalDate;
import org.examcommit.contract.IntegrityBar;
import org.examcommit.contract.Violation;

/**
 * A misconduct record of a person, from an officer's decision (integrity_records) or the imported
 * archive (integrity_archive).
 *
 * @param source DECISION or ARCHIVE
 * @param recordedUntil the end of the record period; null = recorded without end
 */
public record IntegrityRecord(
        String source, Violation violation, String examCode, LocalDate decidedOn, LocalDate recordedUntil)
        implements IntegrityBar.Misconduct {}
