package org.examcommit.batch.verification.checks;

import java.time.LocalDate;

/**
 * A job as the candidate states it.
 *
 * @param endDate null while the job is current (open)
 * @param socialWork whether the job is social work
 */
public record ClaimedJob(String employerCreditCode, LocalDate startDate, LocalDate endDate, boolean socialWork) {}
