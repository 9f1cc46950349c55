package org.examcommit.registration.commitment;

import java.time.LocalDate;

/**
 * A misconduct record of a person, from an officer's decision (integrity_records) or the imported
 * archive (integrity_archive).
 *
 * @param source DECISION or ARCHIVE
 * @param kind FALSE_COMMITMENT, SERIOUS or VERY_SERIOUS
 * @param recordedUntil the end of the record period; null = recorded without end
 */
public record IntegrityRecord(
        String source, String kind, String examCode, LocalDate decidedOn, LocalDate recordedUntil) {}
