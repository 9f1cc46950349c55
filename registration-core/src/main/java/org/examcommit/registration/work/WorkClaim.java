package org.examcommit.registration.work;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.examcommit.registration.system.TextBounds;

/** A job as the candidate enters it; {@link WorkRules} checks and normalises it. */
public record WorkClaim(
        @Schema(example = "北京市朝阳区社会工作服务中心") @Size(max = TextBounds.NAME)
        String employerName,

        @Schema(description = "18-character unified social credit code", example = "52110105MJ0000001X")
        @Size(max = TextBounds.CODE)
        String employerCreditCode,

        @Schema(description = "yyyy-MM-dd, not in the future", format = "date", example = "2018-03-01")
        @Size(max = TextBounds.CODE)
        String startDate,

        @Schema(
                description = "yyyy-MM-dd, not in the future, not before startDate; absent = current job",
                format = "date")
        @Size(max = TextBounds.CODE)
        String endDate,

        @Schema(description = "true when the job is social work")
        Boolean socialWork) {}
