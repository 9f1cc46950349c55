package org.examcommit.registration.exam;

import java.time.Instant;
import java.time.LocalDate;

/** One province's registration window of an exam and year, with its deadlines and exam dates. */
public record ExamWindow(
        String examCode,
        int examYear,
        String provinceCode,
        Instant registrationOpens,
        Instant registrationCloses,
        Instant paymentDeadline,
        Instant onsiteVerificationDeadline,
        LocalDate examStarts,
        LocalDate examEnds) {

    /** Registration is open from {@code registrationOpens} (included) to {@code registrationCloses} (excluded). */
    public boolean isOpen(Instant now) {
        return !now.isBefore(registrationOpens) && now.isBefore(registrationCloses);
    }

    /** Names the window in messages, e.g. "SW 2026 province 11 (2026-03-20T01:00:00Z to 2026-04-10T15:59:59Z)". */
    public String describe() {
        return examCode + " " + examYear + " province " + provinceCode + " (" + registrationOpens + " to "
                + registrationCloses + ")";
    }
}
