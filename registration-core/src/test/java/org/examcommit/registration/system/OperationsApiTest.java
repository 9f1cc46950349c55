package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Issue 19: health without a token, metrics for officers, a real title and version in the OpenAPI document. */
class OperationsApiTest extends SignedInApiTest {

    @Test
    void answersHealthWithoutATokenAndMetricsOnlyToAnOfficer() {
        Answer health = get(null, "/actuator/health");
        Answer metricsAnonymous = get(null, "/actuator/prometheus");
        Answer metricsCandidate = get(candidate().token(), "/actuator/prometheus");
        Answer metricsOfficer = get(officer(), "/actuator/prometheus");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(metricsAnonymous.status()).isEqualTo(401);
        assertThat(metricsCandidate.status()).isEqualTo(403);
        assertThat(metricsOfficer.status()).isEqualTo(200);
        assertThat(metricsOfficer.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void theOpenApiDocumentHasATitleAndAVersion() {
        Answer docs = get(null, "/v3/api-docs");

        assertThat(docs.json().path("info").path("title").asString()).startsWith("Exam registration commitment API");
        assertThat(docs.json().path("info").path("version").asString()).isEqualTo("0.1.0");
        assertThat(docs.json().path("info").path("description").asString()).contains("Asia/Shanghai");
    }
}
