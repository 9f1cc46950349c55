package org.examcommit.schedules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examcommit.registration.testsupport.TestDatabase;
import org.examcommit.schedules.PlatformApplication;
import org.examcommit.schedules.pipeline.NightFailedException;
import org.examcommit.schedules.pipeline.NightlyPipeline;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What serve shows about the nights over HTTP: the run history for officers, health with the database and
 * the scheduler, and the night's metrics for Prometheus. The night fails at its analytics (no analytics
 * home) so that it needs no Spark; the scheduler runs with a trigger that fires in 2099.
 */
@SpringBootTest(
        classes = PlatformApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "examcommit.analytics.home=target/no-analytics",
            "examcommit.schedule.cron=0 0 1 1 1 ? 2099",
            "examcommit.security.initial-officer-username=monitor-officer",
            "examcommit.security.initial-officer-password=monitor-pass-42"
        })
@Import(ServeMonitoringTest.Output.class)
class ServeMonitoringTest {

    /** What the launcher registers before serve starts: the commands' stdout. */
    @TestConfiguration
    static class Output {
        @Bean
        CliOutput cliOutput() {
            return CliOutput.standardOut();
        }
    }

    private static final LocalDate NIGHT = LocalDate.of(2031, 3, 1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    NightlyPipeline pipeline;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serveShowsRunsHealthAndTheNightsMetrics() throws Exception {
        assertThatThrownBy(() -> pipeline.run(NIGHT, Optional.empty())).isInstanceOf(NightFailedException.class);

        HttpResponse<String> anonymous = get("/api/officer/runs?date=" + NIGHT, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String officer = login("monitor-officer", "monitor-pass-42");
        HttpResponse<String> runs = get("/api/officer/runs?date=" + NIGHT, officer);
        assertThat(runs.statusCode()).as(runs.body()).isEqualTo(200);
        assertThat(runs.body())
                .contains("\"runDate\":\"" + NIGHT + "\"", "\"status\":\"FAILED\"", "\"stage\":\"analytics\"")
                .contains("\"stage\":\"verify\"", "the analytics are not built");
        HttpResponse<String> unknown = get("/api/officer/runs/987654321", officer);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body().replace(" ", ""))
                .contains("\"db\":{\"status\":\"UP\"", "\"scheduler\":{\"status\":\"UP\"");

        assertThat(get("/actuator/prometheus", null).statusCode())
                .as("the scrape needs an officer's token")
                .isEqualTo(401);
        HttpResponse<String> metrics = get("/actuator/prometheus", officer);
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("examcommit_night_stage_duration_seconds_count{outcome=\"COMPLETED\",stage=\"verify\"}")
                .contains("examcommit_night_stage_duration_seconds_count{outcome=\"FAILED\",stage=\"analytics\"}")
                .contains("examcommit_night_stage_items_total{kind=\"written\",stage=\"deadlines\"}")
                .contains("examcommit_night_stage_items_total{kind=\"read\",stage=\"verify\"}")
                .contains("examcommit_night_last_success_seconds")
                .contains("examcommit_night_last_success_run_date");

        assertThat(get("/actuator/env", null).statusCode())
                .as("other actuator paths stay shut (an officer's token only for the scrape)")
                .isIn(401, 403, 404);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A bearer token from {@code POST /api/auth/login} (the API takes no HTTP Basic). */
    private String login(String username, String password) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"login\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        assertThat(token.find()).as(answer.body()).isTrue();
        return token.group(1);
    }
}
