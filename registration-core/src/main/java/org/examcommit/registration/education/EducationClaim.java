package org.examcommit.registration.education;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.examcommit.registration.system.TextBounds;

/** An education row as the candidate enters it; {@link EducationRules} checks and normalises it. */
public record EducationClaim(
        @Schema(
                description = "HIGH_SCHOOL, SECONDARY_VOCATIONAL, JUNIOR_COLLEGE, BACHELOR, MASTER or DOCTOR",
                example = "BACHELOR")
        @Size(max = TextBounds.CODE)
        String level,

        @Schema(example = "北京大学") @Size(max = TextBounds.NAME)
        String school,

        @Schema(example = "社会工作") @Size(max = TextBounds.NAME)
        String major,

        @Schema(description = "yyyy-MM-dd, not in the future", format = "date", example = "2015-07-01")
        @Size(max = TextBounds.CODE)
        String graduationDate,

        @Schema(
                description = "Education certificate number as printed (leading zeros kept)",
                example = "100011201505000123")
        @Size(max = TextBounds.REFERENCE)
        String certificateNo,

        @Schema(description = "NONE, BACHELOR, MASTER, DOCTOR or absent", example = "BACHELOR")
        @Size(max = TextBounds.CODE)
        String degree,

        @Schema(description = "Degree certificate number; a degree claimed without one stays unverifiable online")
        @Size(max = TextBounds.REFERENCE)
        String degreeCertificateNo,

        @Schema(description = "Name printed on the certificate; defaults to your current name")
        @Size(max = TextBounds.NAME)
        String nameOnCertificate) {}
