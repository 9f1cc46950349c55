package org.examcommit.registration.candidate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.examcommit.registration.system.TextBounds;

/** Changes to the own account; absent fields stay as they are. The id_number cannot change. */
record ChangeRequest(
        @Schema(description = "Not changeable; a value here is refused") @Size(max = TextBounds.CODE)
        String idNumber,

        @Size(max = CandidateRules.NAME_MAX) String name,
        @Size(max = TextBounds.CODE) String phone,

        @Schema(description = "New password; needs currentPassword") @Size(max = TextBounds.PASSWORD)
        String password,

        @Size(max = TextBounds.PASSWORD) String currentPassword) {
    @Override
    public String toString() {
        return "ChangeRequest[masked]";
    }
}
