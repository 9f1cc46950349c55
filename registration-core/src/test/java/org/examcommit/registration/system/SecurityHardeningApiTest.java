package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Holes of issue 19: cross-site state changes, HTTP Basic, password guessing, log-out, a phone change. */
class SecurityHardeningApiTest extends SignedInApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String contentType, String body, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (auth != null) {
            b.header("Authorization", auth);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesHttpBasicWithoutAskingTheBrowserForCredentials() {
        Candidate c = candidate();
        String basic = "Basic "
                + Base64.getEncoder().encodeToString((c.phone() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> r = send("GET", "/api/candidates/me", null, null, basic);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void refusesACrossSiteStyleWithdrawalThatIsNotJson() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));

        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data"}) {
            HttpResponse<String> r = send(
                    "POST", "/api/applications/" + id + "/commitment/withdraw", type, "x=1", "Bearer " + c.token());
            assertThat(r.statusCode()).as(type).isEqualTo(415);
            assertThat(r.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(jdbc.sql("SELECT commitment FROM applications WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("COMMITTED");
    }

    @Test
    void throttlesPasswordGuessingOnAnAccountEvenWithTheRightPasswordAfterwards() {
        Candidate c = candidate();
        for (int i = 0; i < 30; i++) {
            Answer wrong = post(null, "/api/auth/login", Map.of("login", c.phone(), "password", "guess-" + i));
            assertThat(wrong.status()).isIn(401, 429);
        }

        Answer right = post(null, "/api/auth/login", Map.of("login", c.phone(), "password", PASSWORD));

        assertThat(right.status()).isEqualTo(429);
        assertThat(right.text("rule")).isEqualTo("login.throttled");
        assertThat(right.text("field")).isEqualTo("login");
        assertThat(right.json().get("retryAfterSeconds").asLong()).isPositive();
    }

    @Test
    void logOutEndsTheToken() {
        Candidate c = candidate();
        assertThat(get(c.token(), "/api/candidates/me").status()).isEqualTo(200);

        HttpResponse<String> out = send("POST", "/api/auth/logout", null, null, "Bearer " + c.token());

        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(get(c.token(), "/api/candidates/me").status()).isEqualTo(401);
    }

    @Test
    void aPhoneChangeNeedsThePassword() {
        Candidate c = candidate();
        String newPhone = String.format(
                "16%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
        String body = "{\"phone\":\"" + newPhone + "\"}";

        HttpResponse<String> without =
                send("PATCH", "/api/candidates/me", "application/json", body, "Bearer " + c.token());
        HttpResponse<String> with = send(
                "PATCH",
                "/api/candidates/me",
                "application/json",
                "{\"phone\":\"" + newPhone + "\",\"currentPassword\":\"" + PASSWORD + "\"}",
                "Bearer " + c.token());

        assertThat(without.statusCode()).isEqualTo(403);
        assertThat(without.body()).contains("currentPassword");
        assertThat(with.statusCode()).as(with.body()).isEqualTo(200);
    }
}
