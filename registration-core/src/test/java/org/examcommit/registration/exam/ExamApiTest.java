package org.examcommit.registration.exam;

import static org.assertj.core.api.Assertions.assertThat;

import org.examcommit.contract.Province;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** The catalogue loaded from its CSV files at start-up, read without signing in. */
class ExamApiTest extends SignedInApiTest {

    @Test
    void listsTheSocialWorkExamWithItsThreeLevels() {
        Answer a = get(null, "/api/exams");

        assertThat(a.status()).isEqualTo(200);
        var sw = a.json()
                .valueStream()
                .filter(e -> e.get("code").asString().equals("SW"))
                .findFirst()
                .orElseThrow();
        assertThat(sw.get("levels").valueStream().map(l -> l.get("level").asString()))
                .containsExactlyInAnyOrder("ASSISTANT", "INTERMEDIATE", "SENIOR");
    }

    @Test
    void hasAWindowInEveryContractProvinceFor2026And2027() {
        for (int year : new int[] {2026, 2027}) {
            Answer a = get(null, "/api/exams/SW/windows?year=" + year);

            assertThat(a.json().valueStream().map(w -> w.get("provinceCode").asString()))
                    .containsExactlyInAnyOrderElementsOf(Province.codes());
        }
    }

    @Test
    void answersAWindowsDeadlinesAndExamDates() {
        var w = get(null, "/api/exams/SW/windows?year=2026").json().get(0);

        assertThat(w.get("registrationOpens").asString()).isEqualTo("2026-03-20T01:00:00Z");
        assertThat(w.get("paymentDeadline").asString()).isNotBlank();
        assertThat(w.get("onsiteVerificationDeadline").asString()).isNotBlank();
        assertThat(w.get("examStarts").asString()).isEqualTo("2026-06-13");
    }

    @Test
    void answers404ForAnUnknownExam() {
        Answer a = get(null, "/api/exams/NOPE/windows");

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("field")).isEqualTo("examCode");
    }
}
