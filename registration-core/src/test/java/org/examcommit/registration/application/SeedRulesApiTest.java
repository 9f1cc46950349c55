package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Rules the seeds state, through the API (issue 19): a complete application, a name change after verification. */
class SeedRulesApiTest extends SignedInApiTest {

    @Test
    void refusesAnApplicationWithoutPhotoOrEducation() {
        Candidate noPhoto = candidate();
        jdbc.sql("DELETE FROM candidate_photos WHERE candidate_id = ?")
                .param(noPhoto.candidateId())
                .update();
        Candidate noEducation = candidate();
        jdbc.sql("DELETE FROM education WHERE candidate_id = ?")
                .param(noEducation.candidateId())
                .update();
        int year = openWindow("11");

        Answer a = post(noPhoto.token(), "/api/applications", committed(year, "11"));
        Answer b = post(noEducation.token(), "/api/applications", committed(year, "11"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("application.photo-required");
        assertThat(b.status()).isEqualTo(422);
        assertThat(b.text("rule")).isEqualTo("application.education-required");
        assertThat(jdbc.sql("SELECT count(*) FROM applications WHERE candidate_id IN (?, ?)")
                        .param(noPhoto.candidateId())
                        .param(noEducation.candidateId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aNameChangeAfterVerificationSendsTheApplicationBackToVerificationRecorded() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");

        Answer changed = send("PATCH", c.token(), "/api/candidates/me", Map.of("name", "张三丰"));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("AWAITING_ONLINE_VERIFICATION");
        Answer detail = get(c.token(), "/api/applications/" + id);
        var history = detail.json().get("history");
        assertThat(history.get(history.size() - 1).get("reason").asString()).contains("name changed after EXEMPT");
    }

    @Test
    void refusesAGraduationBeforeTheCandidatesBirth() {
        Candidate c = candidate();

        Answer a = post(
                c.token(),
                "/api/candidates/me/education",
                Map.of(
                        "level",
                        "BACHELOR",
                        "school",
                        "北京大学",
                        "major",
                        "社会工作",
                        "graduationDate",
                        "1950-07-01",
                        "certificateNo",
                        "100011195007000123"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("rule")).isEqualTo("education.graduation-before-birth");
    }

    private Answer send(String method, String token, String path, Object body) {
        try {
            var r = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + token)
                                    .method(
                                            method,
                                            java.net.http.HttpRequest.BodyPublishers.ofString(
                                                    tools.jackson.databind.json.JsonMapper.builder()
                                                            .build()
                                                            .writeValueAsString(body)))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), null, r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
