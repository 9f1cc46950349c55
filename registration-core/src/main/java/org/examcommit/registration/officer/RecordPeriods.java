package org.examcommit.registration.officer;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long an integrity record stays on record after its decision, per kind of finding (DATA-CONTRACT §2).
 *
 * @param serious a serious violation (default 5 years)
 * @param verySerious a very serious violation (default: without end; leave unset to keep it so)
 * @param falseCommitment a false commitment (default 5 years; the record bars commitment whatever its end)
 */
@ConfigurationProperties("examcommit.integrity.record-periods")
public record RecordPeriods(Period serious, Period verySerious, Period falseCommitment) {

    public RecordPeriods {
        serious = serious == null ? Period.ofYears(5) : serious;
        falseCommitment = falseCommitment == null ? Period.ofYears(5) : falseCommitment;
    }

    /** The end of the record period of a finding decided on {@code decidedOn}; null = recorded without end. */
    public LocalDate recordedUntil(String finding, LocalDate decidedOn) {
        Period period = switch (finding) {
            case "SERIOUS" -> serious;
            case "VERY_SERIOUS" -> verySerious;
            case "FALSE_COMMITMENT" -> falseCommitment;
            default -> throw new IllegalArgumentException("Unknown finding kind " + finding);
        };
        return period == null ? null : decidedOn.plus(period);
    }
}
