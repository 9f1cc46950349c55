package org.examcommit.batch.verification.checks;

/** The degree registry's record of a certificate_no (the award date is not compared: the claim carries none). */
public record DegreeRecord(String idNumber, String name, String degree, String school, String major) {
}
