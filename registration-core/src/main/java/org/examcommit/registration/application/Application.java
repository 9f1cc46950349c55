package org.examcommit.registration.application;

import java.time.Instant;

/** One application as stored (API-entered or back-filled). */
public record Application(
        String applicationId,
        String candidateId,
        String examCode,
        int examYear,
        String level,
        String provinceCode,
        String commitment,
        Instant committedAt,
        Instant withdrawnAt,
        Instant submittedAt,
        Instant paidAt,
        ApplicationStatus status) {

    public boolean paid() {
        return paidAt != null || status == ApplicationStatus.PAID;
    }
}
