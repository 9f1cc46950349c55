package org.examcommit.registration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.examcommit.registration.commitment.CommitmentRequest;

/**
 * An application for an exam, level and province, with the commitment choice.
 *
 * @param commitment absent or {@code chosen: false}: no commitment (on-site verification)
 */
record SubmitRequest(
        @NotBlank String examCode,
        @NotNull Integer examYear,
        @NotBlank String level,
        @NotBlank String provinceCode,
        CommitmentRequest commitment) {}
