package org.examcommit.registration.exam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The exams' calendar: dates (record periods, exam days) are dates in China Standard Time. */
public final class ExamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ExamTime() {}

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }
}
