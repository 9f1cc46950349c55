package org.examcommit.batch.verification;

import java.time.LocalDate;

/**
 * What one night's verification wrote for its run date (over every execution of that night).
 *
 * @param verified rows in verification_results
 * @param exempt of those, routed EXEMPT
 * @param onsite of those, routed ONSITE
 * @param skipped applications whose processing failed, now in the quarantine
 */
public record VerificationReport(LocalDate runDate, long verified, long exempt, long onsite, long skipped) {}
