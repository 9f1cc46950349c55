package org.examcommit.schedules.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.examcommit.contract.FlagPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoQualityTest {

    private static DemoQuality.PatternQuality of(List<DemoQuality.PatternQuality> scores, FlagPattern pattern) {
        return scores.stream().filter(q -> q.pattern() == pattern).findFirst().orElseThrow();
    }

    @Test
    void precisionIsHitsOverFlaggedAndRecallHitsOverTruth() {
        List<DemoQuality.PatternQuality> scores = DemoQuality.score(
                Map.of("PHONE_SHARED", Set.of("A1", "A2", "A3", "A4")),
                Map.of("PHONE_SHARED", Set.of("A1", "A2", "A9")),
                Set.of("A1", "A2", "A3", "A4", "A9"));

        DemoQuality.PatternQuality phone = of(scores, FlagPattern.PHONE_SHARED);
        assertThat(phone).isEqualTo(new DemoQuality.PatternQuality(FlagPattern.PHONE_SHARED, 3, 4, 2));
        assertThat(phone.precision().getAsDouble()).isEqualTo(2.0 / 3);
        assertThat(phone.recall().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void everyPatternOfTheContractIsScoredInItsOrder() {
        List<DemoQuality.PatternQuality> scores = DemoQuality.score(Map.of(), Map.of(), Set.of());

        assertThat(scores).extracting(DemoQuality.PatternQuality::pattern).containsExactly(FlagPattern.values());
    }

    @Test
    void nothingFlaggedHasNoPrecisionAndNothingMadeHasNoRecall() {
        List<DemoQuality.PatternQuality> scores = DemoQuality.score(
                Map.of("CERT_NOT_FOUND", Set.of("A1")), Map.of("WORK_OVERLAP", Set.of("A2")), Set.of("A1", "A2"));

        DemoQuality.PatternQuality missed = of(scores, FlagPattern.CERT_NOT_FOUND);
        assertThat(missed.precision()).isEmpty();
        assertThat(missed.recall().getAsDouble()).isZero();
        DemoQuality.PatternQuality invented = of(scores, FlagPattern.WORK_OVERLAP);
        assertThat(invented.precision().getAsDouble()).isZero();
        assertThat(invented.recall()).isEmpty();
    }

    @Test
    void truthOfApplicationsTheNightDidNotVerifyDoesNotCountAgainstRecall() {
        // A2 was quarantined by the import: it cannot be flagged, so it is no miss
        List<DemoQuality.PatternQuality> scores = DemoQuality.score(
                Map.of("REPORTED", Set.of("A1", "A2")), Map.of("REPORTED", Set.of("A1")), Set.of("A1"));

        assertThat(of(scores, FlagPattern.REPORTED).recall().getAsDouble()).isEqualTo(1.0);
        assertThat(of(scores, FlagPattern.REPORTED).truth()).isEqualTo(1);
    }

    @Test
    void anEmployerClusterIsEveryApplicationWhoseCandidateStartsAJobAtItsEmployerInItsMonth(@TempDir Path bundle)
            throws IOException {
        Files.writeString(bundle.resolve("ground_truth.csv"), """
                pattern,employer_credit_code,start_month,application_id
                EMPLOYER_CLUSTER,91110101AAAAAAAAAA,2018-04,
                ANOMALY,,,A00000009
                REPORTED,,,A00000002
                """);
        Files.writeString(bundle.resolve("work_experience.csv"), """
                candidate_id,seq,employer_name,employer_credit_code,start_date,end_date,social_work
                C1,1,x,91110101AAAAAAAAAA,2018-04-01,2020-01-01,true
                C2,1,x,91110101AAAAAAAAAA,2018-05-01,,true
                C3,1,x,91110101BBBBBBBBBB,2015-01-01,2018-03-01,true
                C3,2,x,91110101AAAAAAAAAA,2018-04-01,,true
                """);
        Files.writeString(bundle.resolve("applications.csv"), """
                application_id,candidate_id,exam_code
                A00000001,C1,SW
                A00000002,C2,SW
                A00000003,C3,SW
                A00000004,C1,SW
                """);

        Map<String, Set<String>> truth = DemoQuality.groundTruth(bundle);

        assertThat(truth)
                .containsOnlyKeys("EMPLOYER_CLUSTER", "ANOMALY", "REPORTED")
                .containsEntry("EMPLOYER_CLUSTER", Set.of("A00000001", "A00000003", "A00000004"))
                .containsEntry("ANOMALY", Set.of("A00000009"))
                .containsEntry("REPORTED", Set.of("A00000002"));
    }
}
