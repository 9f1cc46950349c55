package org.examcommit.analytics.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.examcommit.analytics.supervision.Fixture;
import org.junit.jupiter.api.Test;

class OutliersTest {

    /** An application in that province of a candidate born in 1990 with that many claimed months and jobs. */
    static void application(Fixture f, String id, String province, int months, int jobs) {
        String c = "C" + id;
        f.candidate(c, "110101199001010011", "李四", "13800000000")
                .application("A" + id, c, 2026, province)
                .workMonths("A" + id, months, months)
                .education(c, 1, "北京大学", "社会工作", "2012-07-01", "E" + id, null, null, "李四");
        for (int j = 1; j <= jobs; j++) {
            f.job(c, j, "机构" + j, "91110101000000000" + j, "2015-01-01", null, true);
        }
    }

    /** 40 ordinary applications in Beijing: 90 to 109 claimed months, three in four with one job, the rest two. */
    static Fixture beijing() {
        Fixture f = new Fixture();
        for (int i = 0; i < 40; i++) {
            application(f, String.format("%03d", i), "11", 90 + i % 20, i % 4 == 0 ? 2 : 1);
        }
        return f;
    }

    static Map<String, Row> flags(Fixture f) {
        Map<String, Row> found = new TreeMap<>();
        for (Row r : Outliers.flags(f.inputs(), StatisticalSettings.DEFAULTS).collectAsList()) {
            assertThat(found.put(r.getString(0), r)).isNull();
        }
        return found;
    }

    @Test
    void ordinaryApplicationsAreNotFlagged() {
        assertThat(flags(beijing())).isEmpty();
    }

    @Test
    void anApplicationClaimingFarMoreMonthsThanItsPeersIsFlaggedWithItsFeature() {
        Fixture f = beijing();
        application(f, "X01", "11", 300, 1);
        Map<String, Row> flags = flags(f);
        assertThat(flags).containsOnlyKeys("AX01");
        Row flag = flags.get("AX01");
        assertThat(flag.getString(1)).isEqualTo("ANOMALY");
        assertThat(flag.getDouble(2)).isBetween(0.5, 1.0);
        // 90..109 twice and 300: median 100, MAD 5 -> z = 0.6745 * 200 / 5 = 27.0
        assertThat(flag.getString(3))
                .contains("claimed_work_months 300 (group median 100, z 27.0)")
                .contains("work_share")
                .endsWith(" among 41 applications of SW ASSISTANT in province 11 born in the 1990s")
                .doesNotContain("jobs ");
    }

    @Test
    void whenMostShareOneValueTheMeanDeviationAndTheResolutionStandInForTheMad() {
        Fixture f = beijing();
        application(f, "X02", "11", 100, 6);
        Map<String, Row> flags = flags(f);
        // jobs: median 1 and MAD 0 (30 of 41 have one job); 1.2533 * mean deviation (15/41) = 0.46 is below the
        // resolution of one job, so z = (6 - 1) / 1; the ten candidates with two jobs stay at z 1
        assertThat(flags).containsOnlyKeys("AX02");
        assertThat(flags.get("AX02").getString(3)).startsWith("jobs 6 (group median 1, z 5.0) among 41");
    }

    @Test
    void aSmallProvinceIsJudgedAmongTheSameCohortOfEveryProvince() {
        Fixture f = beijing();
        for (int i = 0; i < 5; i++) {
            application(f, "S0" + i, "31", 95 + i, 1);
        }
        application(f, "S09", "31", 320, 1);
        Map<String, Row> flags = flags(f);
        assertThat(flags).containsOnlyKeys("AS09");
        assertThat(flags.get("AS09").getString(3))
                .endsWith(" among 46 applications of SW ASSISTANT in every province born in the 1990s");
    }

    @Test
    void anExamWithFewerApplicationsThanTheMinimumGroupIsNotJudged() {
        Fixture f = new Fixture();
        for (int i = 0; i < 10; i++) {
            application(f, "T0" + i, "11", i == 9 ? 400 : 100 + i, 1);
        }
        assertThat(flags(f)).isEmpty();
    }

    @Test
    void statisticalFlagsJoinKeySupervisionLikeEveryPattern() {
        Fixture f = beijing();
        application(f, "X01", "11", 300, 1);
        var in = f.inputs();
        var key = org.examcommit.analytics.supervision.Supervision.keySupervision(
                        in.verification(),
                        org.examcommit.analytics.supervision.Flags.withStatistical(in, StatisticalSettings.DEFAULTS))
                .collectAsList();
        // the fixture's shared phone and id number make rule-defined flags too; ANOMALY is AX01's alone
        assertThat(key.stream().filter(r -> r.getList(1).contains("ANOMALY")))
                .singleElement()
                .satisfies(r -> assertThat(r.getString(0)).isEqualTo("AX01"));
    }

    @Test
    void settingsComeFromNamedArgumentsWithDefaultsAndRefuseNonsense() {
        assertThat(StatisticalSettings.parse(java.util.List.of()).anomalyZ()).isEqualTo(3.5);
        assertThat(StatisticalSettings.parse(java.util.List.of("anomaly-min-group=50", "cluster-fdr=0.05")))
                .isEqualTo(new StatisticalSettings(5, 0.05, 3.5, 50));
        assertThat(StatisticalSettings.parse(StatisticalSettings.DEFAULTS.asArguments()))
                .isEqualTo(StatisticalSettings.DEFAULTS);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> StatisticalSettings.parse(java.util.List.of("cluster-fdr=2")))
                .hasMessageContaining("cluster-fdr");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> StatisticalSettings.parse(java.util.List.of("anomaly-zz=2")))
                .hasMessageContaining("unknown setting anomaly-zz");
    }
}
