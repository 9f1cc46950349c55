package org.examcommit.registration.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.examcommit.registration.commitment.CommitmentRequest;
import org.examcommit.registration.system.TextBounds;

/**
 * An application for an exam, level and province, with the commitment choice.
 *
 * @param commitment absent or {@code chosen: false}: no commitment (on-site verification)
 */
record SubmitRequest(
        @NotBlank @Size(max = TextBounds.CODE) String examCode,
        @NotNull Integer examYear,
        @NotBlank @Size(max = TextBounds.CODE) String level,
        @NotBlank @Size(max = TextBounds.CODE) String provinceCode,
        CommitmentRequest commitment) {}
