package org.examcommit.batch.verification.checks;

/**
 * A claimed education row with what the registries hold for it.
 *
 * @param registry the education registry's record of the row's certificate_no, null when none
 * @param degreeRegistry the degree registry's record of the row's degree_certificate_no, null when none
 */
public record EducationRow(EducationClaim claim, EducationRecord registry, DegreeRecord degreeRegistry) {}
