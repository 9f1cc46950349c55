package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.examcommit.registration.testsupport.TestCandidates;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a server must never give: a 5xx for a control character or an overflowing number, an error body that is
 * not a problem detail, a silently coerced JSON type, an unbounded text field.
 */
class HardenedInputApiTest extends SignedInApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NUL = "a\u0000b";

    private record Raw(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }

        void assertProblem(int expected, String field) {
            assertThat(status).as("%s", this).isEqualTo(expected);
            assertThat(contentType).as("%s", this).startsWith("application/problem+json");
            JsonNode p = json();
            assertThat(p.path("status").asInt()).isEqualTo(expected);
            assertThat(p.path("title").asString("")).isNotBlank();
            if (field != null) {
                assertThat(p.path("field").asString("")).as("%s", this).isEqualTo(field);
            }
        }
    }

    private Raw raw(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Raw(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Raw json(String method, String path, Object body, String token) {
        return raw(method, path, "application/json", JSON.writeValueAsString(body), token);
    }

    private String onsiteApplication() {
        String id = apply(candidate(), notCommitted(openWindow("11"), "11"));
        setStatus(id, "ONSITE_REQUIRED");
        return id;
    }

    @Test
    void refusesANulCharacterInEveryOfficerTextFieldNamingTheField() {
        String officer = officer();
        String id = onsiteApplication();

        json(
                        "POST",
                        "/api/officer/findings",
                        Map.of("applicationId", id, "kind", NUL, "detail", "d", "reason", "r"),
                        officer)
                .assertProblem(400, "kind");
        json(
                        "POST",
                        "/api/officer/findings",
                        Map.of("applicationId", id, "kind", "REPORT", "detail", NUL, "reason", "r"),
                        officer)
                .assertProblem(400, "detail");
        json(
                        "POST",
                        "/api/officer/findings",
                        Map.of("applicationId", id, "kind", "REPORT", "detail", "d", "reason", NUL),
                        officer)
                .assertProblem(400, "reason");
        json("POST", "/api/officer/findings/1/confirm", Map.of("reason", NUL), officer)
                .assertProblem(400, "reason");
        json(
                        "POST",
                        "/api/officer/applications/" + id + "/onsite-verification",
                        Map.of("result", "PASS", "reason", NUL),
                        officer)
                .assertProblem(400, "reason");
        json(
                        "POST",
                        "/api/officer/applications/" + id + "/disposition",
                        Map.of("disposition", "REGISTRATION_VOID", "basis", NUL, "reason", "r"),
                        officer)
                .assertProblem(400, "basis");
        json(
                        "POST",
                        "/api/officer/applications/" + id + "/disposition",
                        Map.of("disposition", "REGISTRATION_VOID", "basis", "b", "reason", NUL),
                        officer)
                .assertProblem(400, "reason");
        assertThat(status(id)).isEqualTo("ONSITE_REQUIRED");
        assertThat(jdbc.sql("SELECT count(*) FROM findings WHERE application_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesANulCharacterInTheCandidatesTextFields() {
        Candidate c = candidate();
        Map<String, Object> submit = new HashMap<>(committed(openWindow("11"), "11"));
        Map<String, Object> commitment = new HashMap<>(commitment(true, true, true, true));
        commitment.put("textVersion", NUL);
        submit.put("commitment", commitment);

        json("POST", "/api/applications", submit, c.token()).assertProblem(400, "commitment.textVersion");

        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");
        json("POST", "/api/applications/" + id + "/payment", Map.of("amount", 60, "reference", NUL), c.token())
                .assertProblem(400, "reference");
        assertThat(status(id)).isEqualTo("EXEMPT");
    }

    @Test
    void refusesPaymentAmountsThatOverflowWithoutA5xx() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");

        for (String amount : List.of("1e9", "1e308", "99999999.999", "1e999999")) {
            raw(
                            "POST",
                            "/api/applications/" + id + "/payment",
                            "application/json",
                            "{\"amount\":" + amount + ",\"reference\":\"P\"}",
                            c.token())
                    .assertProblem(400, "amount");
        }
        assertThat(status(id)).isEqualTo("EXEMPT");
    }

    @Test
    void refusesWrongJsonTypesInsteadOfCoercingThem() {
        String year = String.valueOf(openWindow("11"));
        raw(
                        "POST",
                        "/api/candidates",
                        "application/json",
                        "{\"idNumber\":\"" + TestCandidates.idNumber() + "\",\"name\":1,\"phone\":\""
                                + TestCandidates.phone() + "\",\"password\":\"long-enough-1\"}",
                        null)
                .assertProblem(400, "name");
        Candidate c = candidate();
        raw(
                        "POST",
                        "/api/candidates/me/work",
                        "application/json",
                        "{\"employerName\":\"E\",\"employerCreditCode\":\"52110105MJ0000001K\",\"startDate\":\"2016-03-01\",\"socialWork\":1}",
                        c.token())
                .assertProblem(400, "socialWork");
        raw(
                        "POST",
                        "/api/applications",
                        "application/json",
                        "{\"examCode\":\"TST\",\"examYear\":" + year
                                + ".5,\"level\":\"ASSISTANT\",\"provinceCode\":\"11\"}",
                        c.token())
                .assertProblem(400, "examYear");
        assertThat(jdbc.sql("SELECT count(*) FROM work_experience WHERE candidate_id = ?")
                        .param(c.candidateId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void boundsEveryTextFieldAndRefusesALongerValue() {
        String officer = officer();
        String id = onsiteApplication();
        String big = "x".repeat(100_000);

        json(
                        "POST",
                        "/api/officer/findings",
                        Map.of("applicationId", id, "kind", "REPORT", "detail", big, "reason", "r"),
                        officer)
                .assertProblem(400, "detail");
        json(
                        "POST",
                        "/api/officer/applications/" + id + "/onsite-verification",
                        Map.of("result", "PASS", "reason", big),
                        officer)
                .assertProblem(400, "reason");
        assertThat(status(id)).isEqualTo("ONSITE_REQUIRED");
    }

    @Test
    void documentsAMaximumLengthForEveryTextFieldOfEveryRequest() {
        JsonNode schemas = JSON.readTree(
                        raw("GET", "/v3/api-docs", null, null, null).body())
                .path("components")
                .path("schemas");
        List<String> unbounded = new ArrayList<>();
        for (String name : schemas.propertyNames()) {
            if (!name.endsWith("Request") && !name.endsWith("Claim")) {
                continue;
            }
            JsonNode properties = schemas.path(name).path("properties");
            for (String property : properties.propertyNames()) {
                JsonNode p = properties.path(property);
                if ("string".equals(p.path("type").asString("")) && !p.has("maxLength") && !p.has("enum")) {
                    unbounded.add(name + "." + property);
                }
            }
        }
        assertThat(unbounded).isEmpty();
    }

    @Test
    void answersUnsupportedMediaTypeAndWrongMethodWithProblemDetails() {
        Candidate c = candidate();
        raw("POST", "/api/applications", "text/plain", "{}", c.token()).assertProblem(415, null);
        raw("PUT", "/api/applications", "application/json", "{}", c.token()).assertProblem(405, null);
    }

    @Test
    void answersTomcatLevelRefusalsWithProblemDetails() {
        raw("GET", "/api/exams/%00", null, null, null).assertProblem(400, null);
        raw("GET", "/api/..%2fexams", null, null, null).assertProblem(400, null);
        raw("GET", "/api/exams?q=" + "x".repeat(100_000), null, null, null).assertProblem(400, null);
    }

    @Test
    void refusesAControlCharacterInAQueryParameter() {
        raw("GET", "/api/officer/findings?status=%00", null, null, officer()).assertProblem(400, "status");
    }
}
