package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

class ApplicationSubmissionApiTest extends SignedInApiTest {

    @Test
    void submitsWithCommitmentAndStartsTheTimeline() {
        Candidate c = candidate();
        int year = openWindow("11");

        Answer a = post(c.token(), "/api/applications", committed(year, "11"));

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.text("status")).isEqualTo("AWAITING_ONLINE_VERIFICATION");
        assertThat(a.text("commitment")).isEqualTo("COMMITTED");
        Answer detail = get(c.token(), "/api/applications/" + a.text("applicationId"));
        assertThat(detail.json().get("history")).hasSize(2);
        assertThat(detail.json().get("history").get(0).get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(detail.json().get("history").get(0).get("reason").asString()).contains("text version 2027.1");
        assertThat(detail.json().get("history").get(1).get("status").asString())
                .isEqualTo("AWAITING_ONLINE_VERIFICATION");
    }

    @Test
    void storesTheFourItemsWithTimeAndTextVersion() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));

        Map<String, Object> event = jdbc.sql("""
                SELECT event, text_version, knows_notice AND meets_conditions AND information_true AND accepts_verification
                       AS all_items, at IS NOT NULL AS timed, candidate_id
                  FROM commitment_events WHERE application_id = ?
                """).param(id).query().singleRow();
        assertThat(event)
                .containsEntry("event", "COMMITTED")
                .containsEntry("text_version", "2027.1")
                .containsEntry("all_items", true)
                .containsEntry("timed", true)
                .containsEntry("candidate_id", c.candidateId());
    }

    @Test
    void submitsWithoutCommitmentAsNotChosen() {
        Candidate c = candidate();
        Answer a = post(c.token(), "/api/applications", notCommitted(openWindow("11"), "11"));

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.text("commitment")).isEqualTo("NOT_CHOSEN");
        assertThat(jdbc.sql("SELECT count(*) FROM commitment_events WHERE application_id = ?")
                        .param(a.text("applicationId"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesASecondApplicationForTheSameExamAndYearInAnotherProvince() {
        Candidate c = candidate();
        int year = openWindow("11");
        Instant now = Instant.now();
        addProvince(
                year,
                "31",
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)),
                LocalDate.now().plusDays(30));
        apply(c, committed(year, "11"));

        Answer second = post(c.token(), "/api/applications", committed(year, "31"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("rule")).isEqualTo("application.one-per-exam-year");
        assertThat(second.text("field")).isEqualTo("examYear");
    }

    @Test
    void refusesWhenTheProvinceWindowIsClosedNamingTheWindow() {
        Candidate c = candidate();
        Instant now = Instant.now();
        int year = window(
                "44",
                now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)),
                LocalDate.now().plusDays(30));

        Answer a = post(c.token(), "/api/applications", committed(year, "44"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("application.window-closed");
        assertThat(a.text("field")).isEqualTo("provinceCode");
        assertThat(a.text("detail")).contains("TST " + year + " province 44").contains("closed");
    }

    @Test
    void refusesBeforeTheWindowOpens() {
        Candidate c = candidate();
        Instant now = Instant.now();
        int year = window(
                "44",
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)),
                now.plus(Duration.ofDays(12)),
                now.plus(Duration.ofDays(13)),
                LocalDate.now().plusDays(30));

        Answer a = post(c.token(), "/api/applications", committed(year, "44"));

        assertThat(a.text("rule")).isEqualTo("application.window-closed");
        assertThat(a.text("detail")).contains("not open yet");
    }

    @Test
    void refusesAProvinceWithoutAWindowForThatYear() {
        Candidate c = candidate();
        int year = openWindow("11");

        Answer a = post(c.token(), "/api/applications", committed(year, "12"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("application.no-window");
    }

    @Test
    void refusesAnUnknownLevel() {
        Candidate c = candidate();
        int year = openWindow("11");

        Answer a = post(
                c.token(),
                "/api/applications",
                Map.of("examCode", EXAM, "examYear", year, "level", "EXPERT", "provinceCode", "11"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("level");
        assertThat(a.text("rule")).isEqualTo("application.unknown-level");
    }

    @Test
    void refusesAnUnknownProvince() {
        Candidate c = candidate();
        int year = openWindow("11");

        Answer a = post(c.token(), "/api/applications", committed(year, "99"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("provinceCode");
        assertThat(a.text("rule")).isEqualTo("application.unknown-province");
    }

    @Test
    void refusesAnUnknownExam() {
        Candidate c = candidate();

        Answer a = post(
                c.token(),
                "/api/applications",
                Map.of("examCode", "NOPE", "examYear", 2026, "level", "ASSISTANT", "provinceCode", "11"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("rule")).isEqualTo("application.unknown-exam");
    }

    @Test
    void refusesACommitmentWithAnItemNotAcknowledgedNamingTheItem() {
        Candidate c = candidate();
        int year = openWindow("11");

        Answer a = post(c.token(), "/api/applications", submission(year, "11", commitment(true, true, false, true)));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("commitment.items.informationTrue");
        assertThat(a.text("rule")).isEqualTo("commitment.item-required");
        assertThat(jdbc.sql("SELECT count(*) FROM applications WHERE candidate_id = ?")
                        .param(c.candidateId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAChosenCommitmentWithoutTextVersion() {
        Candidate c = candidate();
        int year = openWindow("11");

        Answer a = post(
                c.token(),
                "/api/applications",
                submission(
                        year,
                        "11",
                        Map.of(
                                "chosen",
                                true,
                                "items",
                                Map.of(
                                        "knowsNotice",
                                        true,
                                        "meetsConditions",
                                        true,
                                        "informationTrue",
                                        true,
                                        "acceptsVerification",
                                        true))));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("rule")).isEqualTo("commitment.text-version-required");
    }

    @Test
    void refusesAMissingExamYear() {
        Candidate c = candidate();

        Answer a = post(
                c.token(), "/api/applications", Map.of("examCode", EXAM, "level", "ASSISTANT", "provinceCode", "11"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("examYear");
    }

    @Test
    void refusesAnOfficerSubmitting() {
        int year = openWindow("11");

        Answer a = post(officer(), "/api/applications", committed(year, "11"));

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.text("rule")).isEqualTo("role.candidate");
    }

    @Test
    void refusesAnAnonymousSubmission() {
        Answer a = post(null, "/api/applications", committed(openWindow("11"), "11"));

        assertThat(a.status()).isEqualTo(401);
    }
}
