package org.examcommit.registration.work;

import java.time.LocalDate;

/** A stored job of a candidate (end date null = current job), as the contract's work_experience holds it. */
public record WorkRow(
        int seq,
        String employerName,
        String employerCreditCode,
        LocalDate startDate,
        LocalDate endDate,
        boolean socialWork) {}
