package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 19: a candidate cancels an application before payment, never after. */
class CancellationApiTest extends SignedInApiTest {

    @Test
    void cancelsAnUnpaidApplicationWithATimelineEvent() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");

        Answer a = post(c.token(), "/api/applications/" + id + "/cancel", null);

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.text("status")).isEqualTo("CANCELLED");
        assertThat(status(id)).isEqualTo("CANCELLED");
        JsonNode history = a.json().get("history");
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(last.get("reason").asString()).contains("before payment").contains("EXEMPT");
        assertThat(get(c.token(), "/api/applications").body()).contains("CANCELLED");
    }

    @Test
    void refusesToCancelAPaidApplicationWithAProblemDetail() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "VERIFIED");
        assertThat(post(c.token(), "/api/applications/" + id + "/payment", Map.of("amount", 60, "reference", "P1"))
                        .status())
                .isEqualTo(200);

        Answer a = post(c.token(), "/api/applications/" + id + "/cancel", null);

        assertThat(a.status()).isEqualTo(409);
        assertThat(a.text("rule")).isEqualTo("cancel.already-paid");
        assertThat(a.text("field")).isEqualTo("status");
        assertThat(status(id)).isEqualTo("PAID");
    }

    @Test
    void refusesToCancelTwiceAndLetsNoOneElseCancel() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));

        Answer other = post(candidate().token(), "/api/applications/" + id + "/cancel", null);
        Answer first = post(c.token(), "/api/applications/" + id + "/cancel", null);
        Answer second = post(c.token(), "/api/applications/" + id + "/cancel", null);
        Answer confirm = post(c.token(), "/api/applications/" + id + "/confirm", null);

        assertThat(other.status()).isEqualTo(404);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.text("rule")).isEqualTo("cancel.closed");
        assertThat(confirm.status()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM application_events WHERE application_id = ? AND status = 'CANCELLED'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCancelledApplicationIsNotAmongThoseTheNightVerifies() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        post(c.token(), "/api/applications/" + id + "/cancel", null);

        // the night's queue (batch-jobs PrepareVerificationTasklet.QUEUE_AWAITING) takes applications by this status
        assertThat(jdbc.sql("SELECT count(*) FROM applications WHERE status = 'AWAITING_ONLINE_VERIFICATION'"
                                + " AND application_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
