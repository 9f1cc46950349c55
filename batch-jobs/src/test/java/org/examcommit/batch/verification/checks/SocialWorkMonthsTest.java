package org.examcommit.batch.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class SocialWorkMonthsTest {

    private static final String EMPLOYER = "91110000100000000A";
    private static final String OTHER = "91110000200000000B";
    private static final int EXAM_YEAR = 2026;

    private static ClaimedJob job(String start, String end) {
        return new ClaimedJob(EMPLOYER, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), true);
    }

    private static InsuredSpan span(String employer, String first, String last) {
        return new InsuredSpan(employer, LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void countsStartAndEndMonthsBothIncluded() {
        assertThat(SocialWorkMonths.claimed(List.of(job("2020-01-31", "2020-12-01")), EXAM_YEAR))
                .isEqualTo(12);
    }

    @Test
    void countsAJobWithinOneMonthAsOneMonth() {
        assertThat(SocialWorkMonths.claimed(List.of(job("2020-03-10", "2020-03-20")), EXAM_YEAR))
                .isEqualTo(1);
    }

    @Test
    void countsOverlappingMonthsOnce() {
        List<ClaimedJob> jobs = List.of(job("2020-01-01", "2020-12-31"), job("2020-07-01", "2021-06-30"));
        assertThat(SocialWorkMonths.claimed(jobs, EXAM_YEAR)).isEqualTo(18);
    }

    @Test
    void countsAMonthSharedByAdjacentJobsOnce() {
        List<ClaimedJob> jobs = List.of(job("2020-01-01", "2020-06-15"), job("2020-06-20", "2020-12-31"));
        assertThat(SocialWorkMonths.claimed(jobs, EXAM_YEAR)).isEqualTo(12);
    }

    @Test
    void leavesAGapBetweenJobsUncounted() {
        List<ClaimedJob> jobs = List.of(job("2019-01-01", "2019-06-30"), job("2020-01-01", "2020-06-30"));
        assertThat(SocialWorkMonths.claimed(jobs, EXAM_YEAR)).isEqualTo(12);
    }

    @Test
    void runsAnOpenJobToDecemberOfTheExamYear() {
        assertThat(SocialWorkMonths.claimed(List.of(job("2025-01-01", null)), EXAM_YEAR))
                .isEqualTo(24);
    }

    @Test
    void neverCountsMonthsAfterDecemberOfTheExamYear() {
        assertThat(SocialWorkMonths.claimed(List.of(job("2026-07-01", "2028-12-31")), EXAM_YEAR))
                .isEqualTo(6);
    }

    @Test
    void countsNothingForAJobStartingAfterTheExamYear() {
        assertThat(SocialWorkMonths.claimed(List.of(job("2027-01-01", null)), EXAM_YEAR))
                .isZero();
    }

    @Test
    void ignoresJobsThatAreNotSocialWork() {
        ClaimedJob other =
                new ClaimedJob(EMPLOYER, LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"), false);
        assertThat(SocialWorkMonths.claimed(List.of(other), EXAM_YEAR)).isZero();
    }

    @Test
    void evidencesOnlyMonthsInsuredAtTheClaimedEmployer() {
        List<InsuredSpan> spans =
                List.of(span(EMPLOYER, "2020-01-01", "2020-06-01"), span(OTHER, "2020-07-01", "2020-12-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2020-01-01", "2020-12-31")), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(6);
    }

    @Test
    void evidencesOnlyMonthsWithinTheClaimedJob() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2019-01-01", "2021-12-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2020-03-01", "2020-05-31")), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(3);
    }

    @Test
    void leavesAGapInTheInsuranceUnevidenced() {
        List<InsuredSpan> spans =
                List.of(span(EMPLOYER, "2020-01-01", "2020-03-01"), span(EMPLOYER, "2020-10-01", "2020-12-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2020-01-01", "2020-12-31")), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(6);
    }

    @Test
    void evidencesOverlappingJobsAtOneEmployerOnce() {
        List<ClaimedJob> jobs = List.of(job("2020-01-01", "2020-12-31"), job("2020-07-01", "2021-06-30"));
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2020-01-01", "2021-06-01"));
        assertThat(SocialWorkMonths.evidenced(jobs, spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(18);
    }

    @Test
    void extendsAnOpenJobEvidencedInTheSnapshotsLastMonthToDecemberOfTheExamYear() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2026-01-01", "2026-06-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-01-15", null)), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(12);
    }

    @Test
    void doesNotExtendAnOpenJobNotEvidencedInTheSnapshotsLastMonth() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2026-01-01", "2026-05-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-01-15", null)), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(5);
    }

    @Test
    void doesNotExtendAnOpenJobInsuredInTheLastMonthAtAnotherEmployer() {
        List<InsuredSpan> spans =
                List.of(span(EMPLOYER, "2026-01-01", "2026-05-01"), span(OTHER, "2026-06-01", "2026-06-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-01-15", null)), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(5);
    }

    @Test
    void doesNotExtendAClosedJobEvidencedInTheSnapshotsLastMonth() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2026-01-01", "2026-06-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-01-15", "2026-12-31")), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(6);
    }

    @Test
    void doesNotExtendAnOpenJobStartingAfterTheSnapshotsLastMonth() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2026-06-01", "2026-06-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-07-01", null)), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isZero();
    }

    @Test
    void extendsAnOpenJobStartingInTheSnapshotsLastMonth() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2026-06-01", "2026-06-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-06-30", null)), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isEqualTo(7);
    }

    @Test
    void neverEvidencesMonthsAfterDecemberOfTheExamYear() {
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2026-01-01", "2027-03-01"));
        assertThat(SocialWorkMonths.evidenced(
                        List.of(job("2026-01-01", null)), spans, YearMonth.of(2027, 3), EXAM_YEAR))
                .isEqualTo(12);
    }

    @Test
    void evidencesNothingWithoutASocialInsuranceSnapshot() {
        assertThat(SocialWorkMonths.evidenced(List.of(job("2020-01-01", null)), List.of(), null, EXAM_YEAR))
                .isZero();
    }

    @Test
    void evidencesNothingForJobsThatAreNotSocialWork() {
        ClaimedJob other =
                new ClaimedJob(EMPLOYER, LocalDate.parse("2020-01-01"), LocalDate.parse("2020-12-31"), false);
        List<InsuredSpan> spans = List.of(span(EMPLOYER, "2020-01-01", "2020-12-01"));
        assertThat(SocialWorkMonths.evidenced(List.of(other), spans, YearMonth.of(2026, 6), EXAM_YEAR))
                .isZero();
    }
}
