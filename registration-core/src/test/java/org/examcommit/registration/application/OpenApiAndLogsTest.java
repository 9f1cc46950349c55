package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class OpenApiAndLogsTest extends SignedInApiTest {

    @Test
    void describesEveryEndpointInTheOpenApiDocument() {
        Answer a = get(null, "/v3/api-docs");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("paths").propertyNames())
                .contains(
                        "/api/exams",
                        "/api/exams/{code}/windows",
                        "/api/applications",
                        "/api/applications/{id}",
                        "/api/applications/{id}/payment",
                        "/api/applications/{id}/confirm",
                        "/api/applications/{id}/commitment",
                        "/api/officer/applications/{id}/onsite-verification",
                        "/api/officer/applications/{id}/disposition",
                        "/api/officer/findings",
                        "/api/officer/audit",
                        "/api/public/notice",
                        "/public/notice",
                        "/api/applications/{id}/cancel",
                        "/api/commitment-texts/current",
                        "/api/commitment-texts/{version}",
                        "/api/officer/onsite-verifications",
                        "/api/officer/candidates/{candidateId}/photo",
                        "/api/officer/applications/{id}/notes",
                        "/api/admin/officers",
                        "/api/admin/officers/{username}/disable");
    }

    @Test
    void documentsATitleAVersionAndEveryErrorAnswerAsAProblemDetail() {
        JsonNode doc = get(null, "/v3/api-docs").json();

        assertThat(doc.path("info").path("title").asString()).contains("Exam registration commitment API");
        assertThat(doc.path("info").path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        JsonNode problem =
                doc.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "field", "rule");
        int operations = 0;
        int errors = 0;
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode responses = operation.getValue().path("responses");
                operations++;
                assertThat(responses.propertyNames())
                        .as("%s documents its refusals", name)
                        .anyMatch(code -> code.startsWith("4"));
                for (Map.Entry<String, JsonNode> response : responses.properties()) {
                    if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
                        continue;
                    }
                    errors++;
                    JsonNode content = response.getValue().path("content");
                    assertThat(content.propertyNames())
                            .as("%s answers %s as a problem detail", name, response.getKey())
                            .containsExactly("application/problem+json");
                    assertThat(content.path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asString())
                            .as("%s %s", name, response.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
            }
        }
        assertThat(operations).isGreaterThan(30);
        assertThat(errors).isGreaterThan(operations);
    }

    @Test
    void neverLogsOrAnswersAnUnmaskedIdNumberOrPhone(CapturedOutput output) {
        Candidate c = candidate();
        jdbc.sql("""
                INSERT INTO integrity_archive (id_number, exam_code, violation, decided_on, recorded_until, snapshot_date)
                VALUES (?, 'SW', 'VERY_SERIOUS', DATE '2020-01-01', NULL, DATE '2026-01-01')
                """).param(c.idNumber()).update();
        int year = openWindow("11");

        Answer refused = post(c.token(), "/api/applications", committed(year, "11"));
        String id = apply(c, notCommitted(year, "11"));
        Answer again = post(c.token(), "/api/applications", notCommitted(year, "11"));
        Answer details = get(c.token(), "/api/applications/" + id);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text("rule")).isEqualTo("commitment.barred");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("rule")).isEqualTo("application.one-per-exam-year");
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.text("applicationId")).isEqualTo(id);
        assertThat(output.getAll())
                .as("each refusal leaves a log line")
                .contains("Refused POST /api/applications: commitment.barred on commitment")
                .contains("Refused POST /api/applications: application.one-per-exam-year on examYear");
        for (String text : new String[] {output.getAll(), refused.body(), again.body(), details.body()}) {
            assertThat(text).doesNotContain(c.idNumber()).doesNotContain(c.phone());
        }
    }
}
