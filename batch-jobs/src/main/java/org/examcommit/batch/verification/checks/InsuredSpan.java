package org.examcommit.batch.verification.checks;

import java.time.LocalDate;

/** A run of consecutive months with a social-insurance contribution at one employer (first days of months, both included). */
public record InsuredSpan(String employerCreditCode, LocalDate firstMonth, LocalDate lastMonth) {}
