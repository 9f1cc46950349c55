package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.examcommit.contract.IntegrityBar;
import org.examcommit.contract.Violation;
import org.junit.jupiter.api.Test;

class ArchiveBarTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 5, 10);

    private static ArchiveRecord record(Violation violation, LocalDate until) {
        return new ArchiveRecord("OTHER", violation, LocalDate.of(2015, 1, 1), until);
    }

    @Test
    void aFalseCommitmentBarsWhateverItsDates() {
        assertThat(IntegrityBar.bars(List.of(record(Violation.FALSE_COMMITMENT, LocalDate.of(2016, 1, 1))), RUN_DATE))
                .isTrue();
    }

    @Test
    void aSeriousRecordBarsWhileRecordedOnTheRunDate() {
        assertThat(IntegrityBar.bars(List.of(record(Violation.SERIOUS, RUN_DATE)), RUN_DATE))
                .isTrue();
    }

    @Test
    void aSeriousRecordEndedTheDayBeforeTheRunDateNoLongerBars() {
        assertThat(IntegrityBar.bars(List.of(record(Violation.SERIOUS, RUN_DATE.minusDays(1))), RUN_DATE))
                .isFalse();
    }

    @Test
    void aVerySeriousRecordWithoutEndBars() {
        assertThat(IntegrityBar.bars(List.of(record(Violation.VERY_SERIOUS, null)), RUN_DATE))
                .isTrue();
    }

    @Test
    void anExpiredVerySeriousRecordNoLongerBars() {
        assertThat(IntegrityBar.bars(List.of(record(Violation.VERY_SERIOUS, LocalDate.of(2020, 1, 1))), RUN_DATE))
                .isFalse();
    }

    @Test
    void noRecordNoBar() {
        assertThat(IntegrityBar.bars(List.of(), RUN_DATE)).isFalse();
    }
}
