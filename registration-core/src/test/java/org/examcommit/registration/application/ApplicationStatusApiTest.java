package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The state machine through the API: confirmation, payment and its deadline, and giving up after the on-site deadline. */
class ApplicationStatusApiTest extends SignedInApiTest {

    private static final Map<String, Object> PAYMENT = Map.of("amount", 60, "reference", "PAY-1");

    @Autowired
    ApplicationDeadlines deadlines;

    @Test
    void confirmsAnExemptApplicationWithAReason() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");

        Answer a = post(c.token(), "/api/applications/" + id + "/confirm", null);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("status")).isEqualTo("CONFIRMED");
        assertThat(last(a.json()).get("reason").asString()).contains("after verification passed");
    }

    @Test
    void refusesConfirmationBeforeVerificationPassed() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));

        Answer a = post(c.token(), "/api/applications/" + id + "/confirm", null);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("confirm.verification-not-passed");
    }

    @Test
    void paysAfterVerificationPassed() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "VERIFIED");

        Answer a = post(c.token(), "/api/applications/" + id + "/payment", PAYMENT);

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("status")).isEqualTo("PAID");
        assertThat(a.text("paidAt")).isNotNull();
        assertThat(last(a.json()).get("reason").asString()).contains("PAY-1");
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE application_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void paysAConfirmedApplication() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");
        post(c.token(), "/api/applications/" + id + "/confirm", null);

        assertThat(post(c.token(), "/api/applications/" + id + "/payment", PAYMENT)
                        .text("status"))
                .isEqualTo("PAID");
    }

    @Test
    void refusesPaymentBeforeVerificationPassed() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "ONSITE_REQUIRED");

        Answer a = post(c.token(), "/api/applications/" + id + "/payment", PAYMENT);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("payment.verification-not-passed");
        assertThat(status(id)).isEqualTo("ONSITE_REQUIRED");
    }

    @Test
    void refusesPaymentAfterThePaymentDeadline() {
        Candidate c = candidate();
        int year = openWindow("11");
        String id = apply(c, committed(year, "11"));
        setStatus(id, "EXEMPT");
        jdbc.sql(
                        "UPDATE exam_windows SET registration_closes = now() - interval '2 hours', payment_deadline = now() - interval '1 hour' WHERE exam_code = 'TST' AND exam_year = ?")
                .param(year)
                .update();

        Answer a = post(c.token(), "/api/applications/" + id + "/payment", PAYMENT);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("payment.deadline-passed");
    }

    @Test
    void refusesASecondPayment() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");
        post(c.token(), "/api/applications/" + id + "/payment", PAYMENT);

        Answer a = post(c.token(), "/api/applications/" + id + "/payment", PAYMENT);

        assertThat(a.status()).isEqualTo(409);
        assertThat(a.text("rule")).isEqualTo("payment.already-paid");
    }

    @Test
    void refusesAPaymentOtherThanTheWindowsFee() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");

        for (Object amount : new Object[] {0.01, 59.99, 60.01, 600}) {
            Answer a =
                    post(c.token(), "/api/applications/" + id + "/payment", Map.of("amount", amount, "reference", "P"));
            assertThat(a.status()).as("%s", amount).isEqualTo(422);
            assertThat(a.text("rule")).isEqualTo("payment.amount-mismatch");
            assertThat(a.text("detail")).contains("60.00");
        }
        for (Object amount : new Object[] {0.001, 60.001}) {
            Answer a =
                    post(c.token(), "/api/applications/" + id + "/payment", Map.of("amount", amount, "reference", "P"));
            assertThat(a.status()).as("%s", amount).isEqualTo(400);
            assertThat(a.text("field")).isEqualTo("amount");
        }
        assertThat(status(id)).isEqualTo("EXEMPT");
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE application_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesPaymentWhenTheWindowHasNoFee() {
        Candidate c = candidate();
        int year = openWindow("11");
        String id = apply(c, committed(year, "11"));
        setStatus(id, "EXEMPT");
        jdbc.sql("UPDATE exam_windows SET fee = NULL WHERE exam_code = 'TST' AND exam_year = ?")
                .param(year)
                .update();

        Answer a = post(c.token(), "/api/applications/" + id + "/payment", PAYMENT);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("payment.no-fee");
    }

    @Test
    void refusesAPaymentWithoutAmount() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));

        Answer a = post(c.token(), "/api/applications/" + id + "/payment", Map.of("reference", "X"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("amount");
    }

    @Test
    void givesUpOnsiteRequiredApplicationsPastTheOnsiteDeadline() {
        Instant now = Instant.now();
        int year = window(
                "11",
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)),
                LocalDate.now().plusDays(30));
        Candidate late = candidate();
        Candidate exempt = candidate();
        String lateId = apply(late, notCommitted(year, "11"));
        String exemptId = apply(exempt, committed(year, "11"));
        setStatus(lateId, "ONSITE_REQUIRED");
        setStatus(exemptId, "EXEMPT");

        int before = deadlines.giveUpOverdue(now.plus(Duration.ofDays(2)));
        int after = deadlines.giveUpOverdue(now.plus(Duration.ofDays(4)));

        assertThat(before).isZero();
        assertThat(after).isGreaterThanOrEqualTo(1);
        Answer a = get(late.token(), "/api/applications/" + lateId);
        assertThat(a.text("status")).isEqualTo("GIVEN_UP");
        assertThat(last(a.json()).get("reason").asString())
                .contains("On-site verification deadline")
                .contains("passed");
        assertThat(status(exemptId)).isEqualTo("EXEMPT");
    }

    private static JsonNode last(JsonNode application) {
        JsonNode history = application.get("history");
        return history.get(history.size() - 1);
    }
}
