package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19's fuzz test: for every endpoint, generated bad requests (each field replaced by values of the wrong type,
 * control characters, broken surrogates, huge texts and numbers; bodies that are not JSON, cut short, wrongly
 * typed or wrongly encoded; bad ids in the path and bad query parameters). Every one must be refused with a 4xx
 * problem detail, never a 5xx, and none may write a row.
 */
class FuzzApiTest extends SignedInApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Raw JSON values that are wrong for every field of every request (no null, "", true or {}: some are valid). */
    private static final List<String> BAD_VALUES = List.of(
            "\"\\u0000\"",
            "\"a\\u0007b\"",
            "\"\\u001b[31mred\"",
            "\"\\ud800\"",
            "\"x\\udc00y\"",
            "\"" + "x".repeat(100_000) + "\"",
            "\"" + "字".repeat(3_000) + "\"",
            "1.5",
            "-1",
            "1e308",
            "-1e308",
            "99999999999999999999999999",
            "[]",
            "[\"a\"]",
            "\"\\u0000\\u0000\\u0000\"");

    /** Whole bodies that no endpoint takes. */
    private static final List<byte[]> BAD_BODIES = List.of(
            "not json".getBytes(StandardCharsets.UTF_8),
            "{\"a\":".getBytes(StandardCharsets.UTF_8),
            "[1,2,3]".getBytes(StandardCharsets.UTF_8),
            "\"just a string\"".getBytes(StandardCharsets.UTF_8),
            "42".getBytes(StandardCharsets.UTF_8),
            new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            "{}{}".getBytes(StandardCharsets.UTF_8),
            ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8),
            ("{\"x\":\"" + "\\u0000".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8));

    private static final List<String> TABLES = List.of(
            "candidates",
            "candidate_photos",
            "education",
            "work_experience",
            "applications",
            "application_events",
            "commitment_events",
            "payments",
            "onsite_verifications",
            "findings",
            "integrity_records",
            "officer_audit",
            "auth_tokens",
            "officer_notes",
            "officers",
            "commitment_texts");

    private record Endpoint(String method, String path, Map<String, Object> valid, String token) {}

    private record Sent(String what, int status, String contentType) {}

    @Test
    void noGeneratedBadRequestAnswersA5xxOrWritesARow() {
        Candidate c = candidate();
        String officer = officer();
        String application = apply(c, committed(openWindow("11"), "11"));
        setStatus(application, "EXEMPT");
        String openFinding = String.valueOf(post(
                        officer,
                        "/api/officer/findings",
                        Map.of("applicationId", application, "kind", "REPORT", "detail", "d", "reason", "r"))
                .json()
                .get("findingId")
                .asLong());
        String admin = admin();
        String clerk = account("clerk", "OFFICER");
        List<Endpoint> endpoints = new ArrayList<>(endpoints(c, officer, application, openFinding));
        endpoints.add(new Endpoint(
                "POST", "/api/officer/applications/" + application + "/notes", Map.of("text", "a note"), officer));
        endpoints.add(new Endpoint(
                "POST",
                "/api/admin/officers",
                Map.of("username", "fuzzclerk", "displayName", "王芳", "password", "long enough 1", "role", "OFFICER"),
                admin));
        endpoints.add(new Endpoint("POST", "/api/admin/officers/" + clerk + "/disable", Map.of("reason", "r"), admin));
        Map<String, Long> before = counts();

        List<Sent> sent = new ArrayList<>();
        for (Endpoint e : endpoints) {
            for (String field : e.valid().keySet()) {
                for (String bad : BAD_VALUES) {
                    sent.add(send(
                            e.method(),
                            e.path(),
                            "application/json",
                            with(e.valid(), field, bad),
                            e.token(),
                            e.method() + " " + e.path() + " " + field + "=" + abbreviate(bad)));
                }
            }
            for (byte[] body : BAD_BODIES) {
                sent.add(send(
                        e.method(),
                        e.path(),
                        "application/json",
                        body,
                        e.token(),
                        e.method() + " " + e.path() + " body " + abbreviate(new String(body, StandardCharsets.UTF_8))));
            }
            byte[] valid = JSON.writeValueAsBytes(e.valid());
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
                sent.add(send(
                        e.method(), e.path(), type, valid, e.token(), e.method() + " " + e.path() + " as " + type));
            }
        }
        for (String path : badPaths()) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                sent.add(send(
                        method,
                        path,
                        "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        officer,
                        method + " " + path));
                sent.add(send(
                        method,
                        path,
                        "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8),
                        c.token(),
                        method + " " + path + " (candidate)"));
            }
        }
        // a query value of the right shape that matches nothing is a fair question: of these only no 5xx is asked
        List<Sent> questions = new ArrayList<>();
        for (String query : badQueries()) {
            questions.add(send("GET", query, null, null, officer, "GET " + query));
        }
        for (byte[] photo : badPhotos()) {
            sent.add(send(
                    "PUT",
                    "/api/candidates/me/photo",
                    "image/jpeg",
                    photo,
                    c.token(),
                    "PUT photo of " + photo.length + " bytes"));
        }

        assertThat(sent.size() + questions.size()).isGreaterThanOrEqualTo(500);
        assertThat(questions)
                .as("no 5xx")
                .allSatisfy(s -> assertThat(s.status()).as(s.what()).isLessThan(500));
        assertThat(sent)
                .as("no 5xx")
                .allSatisfy(s -> assertThat(s.status()).as(s.what()).isLessThan(500));
        assertThat(sent)
                .filteredOn(s -> s.status() >= 400)
                .as("refusals are problem details")
                .allSatisfy(s -> assertThat(s.contentType()).as(s.what()).startsWith("application/problem+json"));
        assertThat(sent)
                .as("nothing accepted")
                .allSatisfy(s -> assertThat(s.status()).as(s.what()).isGreaterThanOrEqualTo(400));
        assertThat(counts()).as("no row written").isEqualTo(before);
    }

    private static List<Endpoint> endpoints(Candidate c, String officer, String application, String finding) {
        String candidate = c.token();
        return List.of(
                new Endpoint(
                        "POST",
                        "/api/candidates",
                        Map.of(
                                "idNumber",
                                "11010519491231002X",
                                "name",
                                "张三",
                                "phone",
                                "13800138000",
                                "password",
                                "long-enough-1"),
                        null),
                new Endpoint("POST", "/api/auth/login", Map.of("login", c.phone(), "password", PASSWORD), null),
                new Endpoint(
                        "PATCH",
                        "/api/candidates/me",
                        Map.of("name", "李四", "phone", "13900139000", "currentPassword", PASSWORD),
                        candidate),
                new Endpoint(
                        "POST",
                        "/api/candidates/me/education",
                        Map.of(
                                "level",
                                "BACHELOR",
                                "school",
                                "北京大学",
                                "major",
                                "社会工作",
                                "graduationDate",
                                "2015-07-01",
                                "certificateNo",
                                "100011201505000123",
                                "degree",
                                "BACHELOR",
                                "degreeCertificateNo",
                                "1000142015000123"),
                        candidate),
                new Endpoint("POST", "/api/candidates/me/work", job(), candidate),
                new Endpoint("PUT", "/api/candidates/me/work/1", job(), candidate),
                new Endpoint(
                        "POST",
                        "/api/applications",
                        Map.of(
                                "examCode",
                                EXAM,
                                "examYear",
                                3999,
                                "level",
                                "ASSISTANT",
                                "provinceCode",
                                "11",
                                "commitment",
                                Map.of("chosen", false)),
                        candidate),
                new Endpoint(
                        "POST",
                        "/api/applications/" + application + "/payment",
                        Map.of("amount", 60, "reference", "PAY-1"),
                        candidate),
                new Endpoint(
                        "POST",
                        "/api/applications/" + application + "/commitment",
                        Map.of(
                                "chosen",
                                true,
                                "textVersion",
                                "2027.1",
                                "items",
                                Map.of(
                                        "knowsNotice",
                                        true,
                                        "meetsConditions",
                                        true,
                                        "informationTrue",
                                        true,
                                        "acceptsVerification",
                                        true)),
                        candidate),
                new Endpoint(
                        "POST",
                        "/api/officer/findings",
                        Map.of("applicationId", application, "kind", "REPORT", "detail", "d", "reason", "r"),
                        officer),
                new Endpoint("POST", "/api/officer/findings/" + finding + "/confirm", Map.of("reason", "r"), officer),
                new Endpoint("POST", "/api/officer/findings/" + finding + "/dismiss", Map.of("reason", "r"), officer),
                new Endpoint(
                        "POST",
                        "/api/officer/applications/" + application + "/onsite-verification",
                        Map.of("result", "PASS", "reason", "r"),
                        officer),
                new Endpoint(
                        "POST",
                        "/api/officer/applications/" + application + "/disposition",
                        Map.of(
                                "disposition",
                                "REGISTRATION_VOID",
                                "basis",
                                "b",
                                "reason",
                                "r",
                                "findingId",
                                Long.parseLong(finding),
                                "certified",
                                false),
                        officer));
    }

    private static Map<String, Object> job() {
        return Map.of(
                "employerName",
                "朝阳区社会工作服务中心",
                "employerCreditCode",
                "91110000600037341L",
                "startDate",
                "2016-03-01",
                "endDate",
                "2020-03-01",
                "socialWork",
                true);
    }

    private static List<String> badPaths() {
        return List.of(
                "/api/applications/%00",
                "/api/applications/%00/confirm",
                "/api/applications/" + "A".repeat(5000),
                "/api/applications/..%2f..%2fetc/payment",
                "/api/applications/%C3%28/commitment/withdraw",
                "/api/applications/%E2%80%AE/confirm",
                "/api/officer/findings/abc/confirm",
                "/api/officer/findings/99999999999999999999999/confirm",
                "/api/officer/findings/-1/dismiss",
                "/api/officer/findings/1.5/confirm",
                "/api/officer/applications/%00/disposition",
                "/api/officer/applications/%20/onsite-verification",
                "/api/candidates/me/work/abc",
                "/api/candidates/me/work/99999999999",
                "/api/candidates/me/work/-1",
                "/api/candidates/%00",
                "/api/exams/%00",
                "/api/commitment-texts/%00",
                "/api/commitment-texts/" + "9".repeat(5000),
                "/api/officer/candidates/%00/photo",
                "/api/officer/applications/%00/notes",
                "/api/admin/officers/%00/disable",
                "/api/%2e%2e/api/candidates/me");
    }

    private static List<String> badQueries() {
        List<String> queries = new ArrayList<>();
        for (String value : List.of("%00", "%C3%28", "%E2%82", "a%07b", "x".repeat(20_000), "%E0%80%80", "'--")) {
            queries.add("/api/officer/findings?status=" + value);
            queries.add("/api/officer/findings?applicationId=" + value);
            queries.add("/api/officer/audit?target=" + value);
            queries.add("/api/public/notice?date=" + value);
            queries.add("/public/notice?date=" + value);
            queries.add("/api/exams?" + value + "=1");
            queries.add("/api/officer/onsite-verifications?provinceCode=" + value);
            queries.add("/api/officer/onsite-verifications?after=" + value);
            queries.add("/api/officer/onsite-verifications?limit=" + value);
        }
        return queries;
    }

    private static List<byte[]> badPhotos() {
        return List.of(
                new byte[0],
                "not a jpeg".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16},
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                new byte[70_000]);
    }

    /** The valid body as JSON text with one field replaced by a raw JSON value. */
    private static byte[] with(Map<String, Object> valid, String field, String rawValue) {
        Map<String, Object> copy = new LinkedHashMap<>(valid);
        copy.put(field, "@@HOLE@@");
        String json = JSON.writeValueAsString(copy).replace("\"@@HOLE@@\"", rawValue);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private Sent send(String method, String path, String contentType, Object body, String token, String what) {
        byte[] bytes = body == null ? null : (byte[]) body;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        bytes == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Sent(
                    what, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            // a connection Tomcat closed on a request it refused outright is no 5xx; say which
            return new Sent(what + " (connection closed: " + e + ")", 400, "application/problem+json");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(
                    table,
                    jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + ")" : s;
    }
}
