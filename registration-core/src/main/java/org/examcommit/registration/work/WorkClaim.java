package org.examcommit.registration.work;

import io.swagger.v3.oas.annotations.media.Schema;

/** A job as the candidate enters it; {@link WorkRules} checks and normalises it. */
public record WorkClaim(
        @Schema(example = "北京市朝阳区社会工作服务中心") String employerName,

        @Schema(description = "18-character unified social credit code", example = "52110105MJ0000001X")
        String employerCreditCode,

        @Schema(description = "yyyy-MM-dd, not in the future", format = "date", example = "2018-03-01")
        String startDate,

        @Schema(
                description = "yyyy-MM-dd, not in the future, not before startDate; absent = current job",
                format = "date")
        String endDate,

        @Schema(description = "true when the job is social work")
        Boolean socialWork) {}
