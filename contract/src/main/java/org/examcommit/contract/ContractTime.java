package org.examcommit.contract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The contract's calendar: run dates, exam days, record periods and the dates candidates enter are dates in
 * China Standard Time, so "today" is always today in {@link #ZONE}.
 */
public final class ContractTime {

    /** Asia/Shanghai, declared here once (DATA-CONTRACT §1 and §6). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ContractTime() {}

    /** The date of an instant in {@link #ZONE}. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZONE);
    }

    /** Today in {@link #ZONE} by a clock (tests move theirs). */
    public static LocalDate today(Clock clock) {
        return today(clock.instant());
    }

    /** The first instant of a date in {@link #ZONE}. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
