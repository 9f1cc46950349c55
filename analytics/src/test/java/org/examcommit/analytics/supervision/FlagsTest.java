package org.examcommit.analytics.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class FlagsTest {

    static final String ID_A = "110101199003071234";
    static final String ID_B = "310101198512120021";
    static final String ID_C = "440101200001010011";

    /** The applications flagged with that pattern, with their evidence. */
    static Map<String, String> flagged(Fixture fixture, String pattern) {
        Map<String, String> found = new TreeMap<>();
        for (Row row : Flags.all(fixture.inputs()).collectAsList()) {
            assertThat(row.getDouble(row.fieldIndex("score"))).isEqualTo(1.0);
            if (row.getString(row.fieldIndex("pattern")).equals(pattern)) {
                String application = row.getString(row.fieldIndex("application_id"));
                assertThat(found).doesNotContainKey(application);
                found.put(application, row.getString(row.fieldIndex("evidence")));
            }
        }
        return found;
    }

    static Fixture twoCandidates() {
        return new Fixture()
                .candidate("C1", ID_A, "张三", "13800001111")
                .candidate("C2", ID_B, "欧阳娜娜", "13900002222")
                .application("A1", "C1", 2026, "11")
                .application("A2", "C2", 2026, "31");
    }

    @Test
    void identityMismatchComesFromVerificationsIdentityWithTheIdMasked() {
        Fixture fixture = twoCandidates().verified("A1", "UNVERIFIABLE", "PASS", "NOT_CLAIMED", "ELIGIBLE", "ONSITE");
        Map<String, String> flags = flagged(fixture, "IDENTITY_MISMATCH");
        assertThat(flags).containsOnlyKeys("A1");
        assertThat(flags.get("A1")).contains("110101********1234").doesNotContain(ID_A);
    }

    @Test
    void aFailingRowAndAnUnverifiableRowGiveBothCertificateFlags() {
        Fixture fixture = twoCandidates()
                .education("C1", 1, "北京大学", "社会工作", "2012-07-01", "EDU0000111111", null, null, "张三")
                .education("C1", 2, "清华大学", "社会工作", "2015-07-01", "EDU0000222222", null, null, "张三")
                .educationRecord("EDU0000111111", ID_A, "张三", "人民大学", "社会工作", "2012-07-01");
        assertThat(flagged(fixture, "CERT_MISMATCH"))
                .containsOnlyKeys("A1")
                .containsValue("education row 1: education_registry's certificate …111111 differs in school");
        assertThat(flagged(fixture, "CERT_NOT_FOUND"))
                .containsOnlyKeys("A1")
                .containsValue("education row 2: certificate …222222 is not in education_registry");
    }

    @Test
    void namesDifferingOnlyInMiddleDotOrWidthMatch() {
        Fixture fixture = new Fixture()
                .candidate("C1", ID_A, "阿依古丽·买买提", "13800001111")
                .application("A1", "C1", 2026, "65")
                .education(
                        "C1", 1, "新疆大学", "社会工作", "2012-07-01", "EDU0000111111", "BACHELOR", "DEG0000111111", "阿依古丽•买买提")
                .educationRecord("EDU0000111111", ID_A, "阿依古丽・买买提", "新疆大学", "社会工作", "2012-07-01")
                .degreeRecord("DEG0000111111", ID_A, "阿依古丽·买买提", "新疆大学", "社会工作");
        assertThat(flagged(fixture, "CERT_MISMATCH")).isEmpty();
        assertThat(flagged(fixture, "CERT_NOT_FOUND")).isEmpty();
    }

    @Test
    void aDegreeClaimedWithoutCertificateNumberIsNotFound() {
        Fixture fixture = twoCandidates()
                .education("C2", 1, "复旦大学", "社会工作", "2010-07-01", "EDU0000333333", "BACHELOR", null, "欧阳娜娜")
                .educationRecord("EDU0000333333", ID_B, "欧阳娜娜", "复旦大学", "社会工作", "2010-07-01");
        assertThat(flagged(fixture, "CERT_NOT_FOUND"))
                .containsOnlyKeys("A2")
                .containsValue("education row 1 claims a BACHELOR degree without a degree certificate number");
    }

    @Test
    void aCertificateClaimedByTwoCandidatesFlagsEveryApplicationOfEach() {
        Fixture fixture = twoCandidates()
                .application("A3", "C2", "SW", 2025, "31", "COMMITTED")
                .verified("A3", "PASS", "PASS", "NOT_CLAIMED", "ELIGIBLE", "EXEMPT")
                .education("C1", 1, "北京大学", "社会工作", "2012-07-01", "EDU0000111111", null, null, "张三")
                .education("C2", 1, "北京大学", "社会工作", "2012-07-01", "EDU0000111111", null, null, "欧阳娜娜");
        Map<String, String> flags = flagged(fixture, "CERT_SHARED");
        assertThat(flags).containsOnlyKeys("A1", "A2", "A3");
        assertThat(flags.get("A1")).isEqualTo("education certificate …111111 is also claimed by candidates C2");
    }

    @Test
    void oneCandidatesOwnCertificateIsNotShared() {
        Fixture fixture = twoCandidates()
                .application("A3", "C1", "SW", 2025, "11", "COMMITTED")
                .verified("A3", "PASS", "PASS", "NOT_CLAIMED", "ELIGIBLE", "EXEMPT")
                .education("C1", 1, "北京大学", "社会工作", "2012-07-01", "EDU0000111111", null, null, "张三");
        assertThat(flagged(fixture, "CERT_SHARED")).isEmpty();
    }

    @Test
    void jobsOverlappingByMoreThanOneMonthAreFlaggedAndTouchingJobsAreNot() {
        Fixture fixture = twoCandidates()
                .job("C1", 1, "甲社工站", "91110000000000001A", "2019-01-15", "2021-06-30", true)
                .job("C1", 2, "乙社工站", "91110000000000002B", "2021-04-01", null, true)
                .job("C2", 1, "丙社工站", "91110000000000003C", "2019-01-15", "2021-06-30", true)
                .job("C2", 2, "丁社工站", "91110000000000004D", "2021-06-01", null, true);
        Map<String, String> flags = flagged(fixture, "WORK_OVERLAP");
        assertThat(flags).containsOnlyKeys("A1");
        assertThat(flags.get("A1"))
                .isEqualTo("jobs 1 (甲社工站, 2019-01 to 2021-06) and 2 (乙社工站, 2021-04 to present) overlap by 3 months"
                        + " (2021-04 to 2021-06)");
    }

    @Test
    void aJobBeforeTheSixteenthBirthdayIsFlaggedAndOneOnItIsNot() {
        Fixture fixture = twoCandidates()
                .job("C1", 1, "甲社工站", "91110000000000001A", "2006-03-06", "2006-12-31", false)
                .job("C2", 1, "丙社工站", "91110000000000003C", "2001-12-12", "2002-12-31", false);
        Map<String, String> flags = flagged(fixture, "WORK_BEFORE_16");
        assertThat(flags).containsOnlyKeys("A1");
        assertThat(flags.get("A1")).isEqualTo("job 1 (甲社工站) starts 2006-03-06, before the 16th birthday on 2006-03-07");
    }

    @Test
    void claimedMonthsBeyondTheEvidenceByMoreThanSixAreInflatedAndAFewMissingMonthsAreNot() {
        Fixture fixture = twoCandidates()
                // C1 claims 2020-01..2023-12 (48 months), insured only 2022-01..2023-12 (24)
                .job("C1", 1, "甲社工站", "91110000000000001A", "2020-01-01", "2023-12-31", true)
                .insured(ID_A, "91110000000000001A", "2022-01-01", "2023-12-01")
                // C2 claims an open job from 2022-01; insured to the snapshot's last month but 4 months
                .job("C2", 1, "丙社工站", "91110000000000003C", "2022-01-01", null, true)
                .insured(ID_B, "91110000000000003C", "2022-05-01", "2026-10-01");
        Map<String, String> flags = flagged(fixture, "WORK_YEARS_INFLATED");
        assertThat(flags).containsOnlyKeys("A1");
        assertThat(flags.get("A1"))
                .isEqualTo("claimed 48 social-work months up to 2026-10, social_insurance evidences 24 of them at the"
                        + " claimed employers");
    }

    @Test
    void monthsAfterTheSnapshotDoNotCountAsInflated() {
        Fixture fixture = twoCandidates()
                // an open job to December 2026 is claimed; the snapshot ends in 2026-03 and evidences it all
                .job("C1", 1, "甲社工站", "91110000000000001A", "2024-01-01", null, true)
                .insured(ID_A, "91110000000000001A", "2024-01-01", "2026-03-01");
        assertThat(flagged(fixture, "WORK_YEARS_INFLATED")).isEmpty();
    }

    @Test
    void aPhoneOnThreeCandidatesIsSharedAndOnTwoIsNot() {
        Fixture fixture = new Fixture()
                .candidate("C1", ID_A, "张三", "13800001111")
                .candidate("C2", ID_B, "李四", "13800001111")
                .candidate("C3", ID_C, "王五", "13800001111")
                .candidate("C4", "110101199101011111", "赵六", "13900002222")
                .candidate("C5", "110101199202022222", "钱七", "13900002222")
                .application("A1", "C1", 2026, "11")
                .application("A2", "C2", 2026, "11")
                .application("A3", "C3", 2026, "11")
                .application("A4", "C4", 2026, "11")
                .application("A5", "C5", 2026, "11");
        Map<String, String> flags = flagged(fixture, "PHONE_SHARED");
        assertThat(flags).containsOnlyKeys("A1", "A2", "A3");
        assertThat(flags.get("A1")).isEqualTo("phone 138****1111 is also on candidates C2, C3");
    }

    @Test
    void oneIdNumberApplyingTwiceToAnExamAndYearIsADuplicateAndAnotherYearIsNot() {
        Fixture fixture = new Fixture()
                .candidate("C1", ID_A, "张三", "13800001111")
                .candidate("C9", ID_A, "张三", "13800001111")
                .candidate("C2", ID_B, "李四", "13900002222")
                .application("A1", "C1", 2026, "11")
                .application("A9", "C9", 2026, "31")
                .application("A2", "C2", 2026, "31")
                .application("A3", "C2", 2025, "31")
                .application("A4", "C2", "XX", 2026, "31", "COMMITTED")
                .verified("A4", "PASS", "PASS", "NOT_CLAIMED", "INELIGIBLE", "ONSITE");
        Map<String, String> flags = flagged(fixture, "DUPLICATE_APPLICATION");
        assertThat(flags).containsOnlyKeys("A1", "A9");
        assertThat(flags.get("A1"))
                .isEqualTo(
                        "id_number 110101********1234 applies to SW 2026 2 times: A1 (province 11), A9 (province 31)");
    }

    @Test
    void aPublicReportFlagsTheApplicationItNames() {
        Fixture fixture = twoCandidates().report("A2", "2026-11-03T09:30:00+08:00", "HOTLINE");
        assertThat(flagged(fixture, "REPORTED"))
                .containsOnly(Map.entry("A2", "public report of 2026-11-03 09:30 via HOTLINE"));
    }

    @Test
    void onlyTheNightsApplicationsAreFlagged() {
        Fixture fixture = twoCandidates()
                .application("A0", "C1", "SW", 2025, "11", "COMMITTED")
                .report("A0", "2025-11-03T09:30:00+08:00", "HOTLINE");
        assertThat(flagged(fixture, "REPORTED")).isEmpty();
    }
}
