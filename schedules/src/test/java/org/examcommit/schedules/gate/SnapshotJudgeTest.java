package org.examcommit.schedules.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The gate's rules on profiles built in memory: what stops a night and what passes. */
class SnapshotJudgeTest {

    private static final LocalDate LAST = LocalDate.of(2040, 1, 10);
    private static final LocalDate TONIGHT = LocalDate.of(2040, 2, 10);
    private static final LocalDate FIRST_MONTH = LocalDate.of(2038, 1, 1);
    private static final GateRules RULES = GateRules.defaults();

    @Test
    void aSocialInsuranceSnapshotCutInHalfIsRefusedOnItsRows() {
        SnapshotProfile last = insurance(LAST, months(24, 1000, 10));
        SnapshotProfile tonight = insurance(TONIGHT, months(24, 500, 5));

        assertThat(SnapshotJudge.judge(RULES, last, tonight))
                .extracting(Breach::measure)
                .contains("row_count", "distinct_persons");
        assertThat(SnapshotJudge.judge(RULES, last, tonight).get(0).line())
                .isEqualTo("the social_insurance snapshot of 2040-02-10: row_count "
                        + last.rowCount() + " (last accepted, 2040-01-10) -> " + tonight.rowCount()
                        + " tonight (fell 50.0 %, more than 10 %)");
    }

    @Test
    void aSnapshotWithoutItsLastThreeMonthsIsRefusedForGoingBackwards() {
        SnapshotProfile last = insurance(LAST, months(36, 1000, 0));
        SnapshotProfile tonight = insurance(TONIGHT, months(33, 1000, 0));

        assertThat(SnapshotJudge.judge(RULES, last, tonight))
                .extracting(Breach::measure, Breach::last, Breach::tonight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("last_month", "2040-12-01", "2040-09-01"));
    }

    @Test
    void normalMonthOnMonthGrowthPasses() {
        SnapshotProfile last = insurance(LAST, months(24, 1000, 20));
        SnapshotProfile tonight = insurance(TONIGHT, months(25, 1000, 20));

        assertThat(tonight.rowCount()).isGreaterThan(last.rowCount());
        assertThat(SnapshotJudge.judge(RULES, last, tonight)).isEmpty();
    }

    @Test
    void aMonthThatDippedAgainstItsNeighboursIsRefusedUnlessItDippedBefore() {
        TreeMap<LocalDate, Long> holed = months(24, 1000, 0);
        holed.put(FIRST_MONTH.plusMonths(10), 600L);

        assertThat(SnapshotJudge.judge(RULES, insurance(LAST, months(24, 1000, 0)), insurance(TONIGHT, holed)))
                .singleElement()
                .satisfies(b -> {
                    assertThat(b.measure()).isEqualTo("rows of month 2038-11-01");
                    assertThat(b.tonight()).isEqualTo("600 against a neighbours' mean of 1000");
                });
        assertThat(SnapshotJudge.judge(RULES, insurance(LAST, holed), insurance(TONIGHT, holed)))
                .as("a dip the last accepted snapshot had too")
                .isEmpty();
        TreeMap<LocalDate, Long> shallow = months(24, 1000, 0);
        shallow.put(FIRST_MONTH.plusMonths(10), 700L);
        assertThat(SnapshotJudge.judge(RULES, insurance(LAST, months(24, 1000, 0)), insurance(TONIGHT, shallow)))
                .as("30 % below is not more than 30 %")
                .isEmpty();
    }

    @Test
    void anArchiveThatLostMostOfItsRowsIsRefused() {
        SnapshotProfile last =
                archive(LAST, 1000, 800, Map.of("violation=SERIOUS", 0.5, "violation=FALSE_COMMITMENT", 0.5));
        SnapshotProfile tonight =
                archive(TONIGHT, 120, 100, Map.of("violation=SERIOUS", 0.5, "violation=FALSE_COMMITMENT", 0.5));

        assertThat(SnapshotJudge.judge(RULES, last, tonight))
                .extracting(Breach::measure, Breach::last, Breach::tonight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("row_count", "1000", "120"),
                        org.assertj.core.groups.Tuple.tuple("distinct_persons", "800", "100"));
    }

    @Test
    void aDropOfExactlyTheLimitPasses() {
        assertThat(SnapshotJudge.judge(RULES, archive(LAST, 1000, 800, Map.of()), archive(TONIGHT, 900, 720, Map.of())))
                .isEmpty();
        assertThat(SnapshotJudge.judge(RULES, archive(LAST, 1000, 800, Map.of()), archive(TONIGHT, 899, 800, Map.of())))
                .extracting(Breach::measure)
                .containsExactly("row_count");
    }

    @Test
    void aCodeShareThatMovedMoreThanTenPointsIsRefused() {
        SnapshotProfile last =
                archive(LAST, 1000, 800, Map.of("violation=SERIOUS", 0.50, "violation=FALSE_COMMITMENT", 0.50));
        SnapshotProfile tonight =
                archive(TONIGHT, 1000, 800, Map.of("violation=SERIOUS", 0.62, "violation=FALSE_COMMITMENT", 0.38));

        assertThat(SnapshotJudge.judge(RULES, last, tonight))
                .extracting(Breach::measure, Breach::last, Breach::tonight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("share of violation=FALSE_COMMITMENT", "50.0 %", "38.0 %"),
                        org.assertj.core.groups.Tuple.tuple("share of violation=SERIOUS", "50.0 %", "62.0 %"));
        assertThat(SnapshotJudge.judge(new GateRules(10, 30, 50, 5, 5, 15), last, tonight))
                .as("the limit is configurable")
                .isEmpty();
    }

    @Test
    void aRisingNullOrQuarantineRateIsRefused() {
        SnapshotProfile last = rates(LAST, Map.of("recorded_until", 0.10), Map.of("id_number", 0.001));
        SnapshotProfile tonight = rates(TONIGHT, Map.of("recorded_until", 0.16), Map.of("id_number", 0.071));

        assertThat(SnapshotJudge.judge(RULES, last, tonight))
                .extracting(Breach::measure, Breach::last, Breach::tonight)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("null rate of recorded_until", "10.0 %", "16.0 %"),
                        org.assertj.core.groups.Tuple.tuple("quarantine rate of id_number", "0.1 %", "7.1 %"));
        assertThat(SnapshotJudge.judge(RULES, tonight, last))
                .as("a falling rate is fine")
                .isEmpty();
    }

    /** {@code count} months from January 2038, the first with {@code base} rows, each later one {@code step} more. */
    private static TreeMap<LocalDate, Long> months(int count, long base, long step) {
        TreeMap<LocalDate, Long> rows = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            rows.put(FIRST_MONTH.plusMonths(i), base + i * step);
        }
        return rows;
    }

    private static SnapshotProfile insurance(LocalDate date, TreeMap<LocalDate, Long> months) {
        long rows = months.values().stream().mapToLong(Long::longValue).sum();
        long persons = months.lastEntry().getValue();
        return new SnapshotProfile(
                "social_insurance",
                date,
                "00",
                rows,
                0,
                persons,
                months,
                Map.of(),
                Map.of(),
                Map.of(),
                "PENDING",
                null);
    }

    private static SnapshotProfile archive(LocalDate date, long rows, long persons, Map<String, Double> shares) {
        return new SnapshotProfile(
                "integrity_archive",
                date,
                "00",
                rows,
                0,
                persons,
                new TreeMap<>(),
                Map.of("recorded_until", 0.2),
                Map.of(),
                shares,
                "PENDING",
                null);
    }

    private static SnapshotProfile rates(LocalDate date, Map<String, Double> nulls, Map<String, Double> quarantine) {
        return new SnapshotProfile(
                "integrity_archive",
                date,
                "00",
                1000,
                0,
                800,
                new TreeMap<>(),
                nulls,
                quarantine,
                Map.of(),
                "PENDING",
                null);
    }
}
