package org.examcommit.registration.candidate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Changes to the own account; absent fields stay as they are. The id_number cannot change. */
record ChangeRequest(
        @Schema(description = "Not changeable; a value here is refused")
        String idNumber,

        String name,
        String phone,

        @Schema(description = "New password; needs currentPassword")
        String password,

        String currentPassword) {
    @Override
    public String toString() {
        return "ChangeRequest[masked]";
    }
}
