package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.examcommit.contract.privacy.Redaction;
import org.junit.jupiter.api.Test;

class MonthSetTest {

    @Test
    void consecutiveMonthsFormOneRunAndAGapStartsAnother() {
        MonthSet set = new MonthSet();
        for (int m = 1; m <= 12; m++) {
            set.add(MonthSet.index(2019, m));
        }
        set.add(MonthSet.index(2020, 3));

        assertThat(runs(set)).containsExactly("2019-01-01..2019-12-01", "2020-03-01..2020-03-01");
    }

    @Test
    void countsAMonthAddedTwiceOnceInAnyOrderAcrossWordBoundaries() {
        MonthSet set = new MonthSet();
        set.add(MonthSet.index(2024, 6));
        set.add(MonthSet.index(1995, 1));
        set.add(MonthSet.index(1995, 1));
        for (int m = 2; m <= 12; m++) {
            set.add(MonthSet.index(1995, m));
        }
        set.add(MonthSet.index(2024, 5));

        assertThat(runs(set)).containsExactly("1995-01-01..1995-12-01", "2024-05-01..2024-06-01");
    }

    @Test
    void anyDayStandsForItsMonthAndImpossibleDatesAreRefused() {
        assertThat(SocialInsuranceLoader.month("2020-03-15")).isEqualTo(MonthSet.index(2020, 3));
        assertThat(SocialInsuranceLoader.month("2020-02-29")).isEqualTo(MonthSet.index(2020, 2));
        assertThat(SocialInsuranceLoader.month("2021-02-29")).isNegative();
        assertThat(SocialInsuranceLoader.month("2020-13-01")).isNegative();
        assertThat(SocialInsuranceLoader.month("２020-01-01")).isNegative();
        assertThat(SocialInsuranceLoader.month("2020/01/01")).isNegative();
    }

    @Test
    void safeTextMasksIdNumbersAndPhonesInDatabaseMessages() {
        String message =
                "ERROR: new row violates check\n  Detail: Failing row contains (C1, 11010119900101004X, 张三, 13800138001).";
        assertThat(Redaction.oneLine(message))
                .isEqualTo(
                        "ERROR: new row violates check Detail: Failing row contains (C1, 110101********004X, 张三, 138****8001).");
    }

    private static List<String> runs(MonthSet set) {
        List<String> runs = new ArrayList<>();
        set.forEachRun((first, last) ->
                runs.add(SocialInsuranceLoader.firstDay(first) + ".." + SocialInsuranceLoader.firstDay(last)));
        return runs;
    }
}
