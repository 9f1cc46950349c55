package org.examcommit.analytics.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.examcommit.analytics.supervision.Fixture;
import org.junit.jupiter.api.Test;

class EmployerClustersTest {

    static final String CLUSTER_CODE = "91110101CLUSTER001";
    static final String BIG_CODE = "91310101BIGEMPLOY1";

    /**
     * 200 background candidates at 20 employers, starts spread over 24 months; a large employer that
     * hires 10 every month of those 24 (12 in one of them); a small employer where 8 start in 2024-03
     * and 2 in other months; and 4 at a tiny employer who all start in 2024-05.
     */
    static Fixture night() {
        Fixture f = new Fixture();
        int n = 0;
        for (int i = 0; i < 200; i++) {
            n = candidate(f, n, "社区服务中心" + (i % 20), "9144010" + String.format("%011d", i % 20), month(i % 24));
        }
        for (int m = 0; m < 24; m++) {
            for (int k = 0; k < (m == 5 ? 12 : 10); k++) {
                n = candidate(f, n, "大型社工机构", BIG_CODE, month(m));
            }
        }
        for (int k = 0; k < 8; k++) {
            n = candidate(f, n, "某某社工服务社", CLUSTER_CODE, "2024-03-01");
        }
        n = candidate(f, n, "某某社工服务社", CLUSTER_CODE, "2023-07-01");
        n = candidate(f, n, "某某社工服务社", CLUSTER_CODE, "2024-09-01");
        for (int k = 0; k < 4; k++) {
            n = candidate(f, n, "小机构", "91110101TINYORG001", "2024-05-01");
        }
        return f;
    }

    static String month(int m) {
        return LocalDate.of(2023, 1, 1).plusMonths(m).toString();
    }

    static int candidate(Fixture f, int n, String employer, String code, String start) {
        String c = String.format("C%04d", n);
        f.candidate(c, "110101199001010011", "张三", "138" + String.format("%08d", n))
                .application(String.format("A%04d", n), c, 2026, "11")
                .job(c, 1, employer, code, start, null, true);
        return n + 1;
    }

    static Map<String, Row> flags(Fixture fixture) {
        Map<String, Row> found = new TreeMap<>();
        for (Row r : EmployerClusters.flags(fixture.inputs(), StatisticalSettings.DEFAULTS)
                .collectAsList()) {
            assertThat(found.put(r.getString(0), r)).isNull();
        }
        return found;
    }

    @Test
    void findsTheEmployerWhereEightStartInOneMonthAndNoOneElse() {
        Map<String, Row> flags = flags(night());
        // the 8 cluster candidates are C0440..C0447 (200 background + 242 at the large employer = 442)
        assertThat(flags).hasSize(8);
        assertThat(flags.keySet()).allMatch(a -> a.compareTo("A0442") >= 0 && a.compareTo("A0449") <= 0);
        Row one = flags.get("A0442");
        assertThat(one.getString(1)).isEqualTo("EMPLOYER_CLUSTER");
        assertThat(one.getDouble(2)).isBetween(0.99, 1.0);
        assertThat(one.getString(3))
                .startsWith("employer 某某社工服务社 (credit code " + CLUSTER_CODE + "): 8 candidates claim a job"
                        + " starting 2024-03 where ")
                .contains("were expected from its 10 claims")
                .contains("Poisson p = ")
                .contains("the others: candidates C0443, C0444, C0445, C0446, C0447, C0448, C0449")
                .doesNotContain("C0442,");
    }

    @Test
    void aLargeEmployerHiringEveryMonthIsNotACluster() {
        var cells = EmployerClusters.cells(night().inputs(), StatisticalSettings.DEFAULTS)
                .filter("credit_code = '" + BIG_CODE + "'")
                .collectAsList();
        assertThat(cells).hasSize(24);
        assertThat(cells).noneMatch(r -> r.getBoolean(r.fieldIndex("flagged")));
        Row twelve = cells.stream()
                .filter(r -> r.getString(r.fieldIndex("month")).equals("2023-06"))
                .findFirst()
                .orElseThrow();
        assertThat(twelve.getLong(twelve.fieldIndex("n"))).isEqualTo(12);
        assertThat(twelve.getDouble(twelve.fieldIndex("expected"))).isGreaterThan(9.0);
    }

    @Test
    void fewerCandidatesThanTheMinimumCellAreNotTested() {
        assertThat(EmployerClusters.cells(night().inputs(), StatisticalSettings.DEFAULTS)
                        .filter("credit_code = '91110101TINYORG001'")
                        .count())
                .isZero();
        StatisticalSettings four = StatisticalSettings.parse(java.util.List.of("cluster-min-candidates=4"));
        assertThat(EmployerClusters.cells(night().inputs(), four)
                        .filter("credit_code = '91110101TINYORG001' AND flagged")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void poissonTailKeepsItsPrecisionFarOut() {
        assertThat(EmployerClusters.poissonUpperTail(0L, 3.0)).isEqualTo(1.0);
        // P(X >= 1 | 2) = 1 - e^-2
        assertThat(EmployerClusters.poissonUpperTail(1L, 2.0))
                .isCloseTo(1 - Math.exp(-2), org.assertj.core.data.Offset.offset(1e-12));
        // P(X >= 30 | 0.5) is about 0.5^30 e^-0.5 / 30! = 2.1e-42, far below what 1 - cdf could show
        assertThat(EmployerClusters.poissonUpperTail(30L, 0.5)).isBetween(1e-42, 3e-42);
    }
}
