package org.examcommit.batch.verification.checks;

import org.examcommit.contract.EducationRow;

/**
 * A claimed education row (its claim) with what the registries hold for it.
 *
 * @param registry the education registry's record of the row's certificate_no, null when none
 * @param degreeRegistry the degree registry's record of the row's degree_certificate_no, null when none
 */
public record EducationEvidence(EducationRow claim, EducationRecord registry, DegreeRecord degreeRegistry) {}
