package org.examcommit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntegrityBarTest {

    private static final LocalDate DATE = LocalDate.of(2026, 5, 10);

    private record Row(Violation violation, LocalDate recordedUntil) implements IntegrityBar.Misconduct {}

    @Test
    void aFalseCommitmentBarsWhateverItsDates() {
        assertThat(IntegrityBar.bars(new Row(Violation.FALSE_COMMITMENT, DATE.minusYears(3)), DATE))
                .isTrue();
    }

    @Test
    void aSeriousRecordBarsUntilTheDayItsPeriodEnds() {
        assertThat(IntegrityBar.bars(new Row(Violation.SERIOUS, DATE), DATE)).isTrue();
        assertThat(IntegrityBar.bars(new Row(Violation.SERIOUS, DATE.minusDays(1)), DATE))
                .isFalse();
        assertThat(IntegrityBar.bars(new Row(Violation.VERY_SERIOUS, null), DATE))
                .isTrue();
    }

    @Test
    void namesAFalseCommitmentBeforeAnyOtherBarringRecord() {
        Row serious = new Row(Violation.SERIOUS, null);
        Row falseCommitment = new Row(Violation.FALSE_COMMITMENT, DATE.minusYears(1));
        assertThat(IntegrityBar.barring(List.of(serious, falseCommitment), DATE))
                .contains(falseCommitment);
        assertThat(IntegrityBar.barring(List.of(new Row(Violation.SERIOUS, DATE.minusDays(1))), DATE))
                .isEmpty();
    }
}
