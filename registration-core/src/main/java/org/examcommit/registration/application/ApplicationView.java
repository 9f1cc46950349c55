package org.examcommit.registration.application;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** An application as its candidate (or an officer) reads it: state, commitment and, in detail, the timeline. */
@Schema(description = "An application with its state and, in detail, its status history with reasons")
public record ApplicationView(
        String applicationId,
        String examCode,
        int examYear,
        String level,
        String provinceCode,
        ApplicationStatus status,
        String commitment,
        Instant committedAt,
        Instant withdrawnAt,
        Instant submittedAt,
        Instant paidAt,
        List<Applications.Event> history,

        @Schema(
                description =
                        "in detail, once the night's random draw is revealed: the ticket and whether it was drawn")
        RandomDraws.RandomDraw randomDraw) {

    public static ApplicationView of(Application a, List<Applications.Event> history) {
        return of(a, history, null);
    }

    static ApplicationView of(Application a, List<Applications.Event> history, RandomDraws.RandomDraw draw) {
        return new ApplicationView(
                a.applicationId(),
                a.examCode(),
                a.examYear(),
                a.level(),
                a.provinceCode(),
                a.status(),
                a.commitment(),
                a.committedAt(),
                a.withdrawnAt(),
                a.submittedAt(),
                a.paidAt(),
                history,
                draw);
    }
}
