package org.examcommit.batch.verification.checks;

/** The candidate as registered: id_number and current name. */
public record Candidate(String idNumber, String name) {
}
