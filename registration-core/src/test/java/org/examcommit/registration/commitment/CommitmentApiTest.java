package org.examcommit.registration.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Choosing the commitment later, withdrawing it, and who may commit at all (both record tables). */
class CommitmentApiTest extends SignedInApiTest {

    @Test
    void commitsAfterSubmissionWithTheFourItems() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("commitment")).isEqualTo("COMMITTED");
        assertThat(a.text("committedAt")).isNotNull();
        assertThat(last(a.json()).get("reason").asString())
                .contains("Commitment chosen")
                .contains("2027.1");
    }

    @Test
    void aLaterCommitmentSendsAnOnsiteApplicationBackToOnlineVerification() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));
        setStatus(id, "ONSITE_REQUIRED");

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.text("status")).isEqualTo("AWAITING_ONLINE_VERIFICATION");
        assertThat(last(a.json()).get("reason").asString()).contains("online verification again");
    }

    @Test
    void refusesALaterCommitmentAfterTheRegistrationDeadline() {
        Candidate c = candidate();
        int year = openWindow("11");
        String id = apply(c, notCommitted(year, "11"));
        jdbc.sql(
                        "UPDATE exam_windows SET registration_closes = now() - interval '1 minute' WHERE exam_code = 'TST' AND exam_year = ?")
                .param(year)
                .update();

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("commitment.after-deadline");
    }

    @Test
    void refusesAnOfficerChoosingACommitment() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));

        Answer a = post(officer(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.text("rule")).isEqualTo("role.candidate");
    }

    @Test
    void refusesALaterCommitmentMissingAnItem() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment", commitment(true, false, true, true));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("commitment.items.meetsConditions");
    }

    @Test
    void withdrawsAnExemptCommitmentAndRequiresOnsiteVerificationWithReason() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");

        Answer a = delete(c.token(), "/api/applications/" + id + "/commitment");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("commitment")).isEqualTo("WITHDRAWN");
        assertThat(a.text("status")).isEqualTo("ONSITE_REQUIRED");
        assertThat(last(a.json()).get("reason").asString())
                .contains("withdrawn")
                .contains("on-site verification required");
        assertThat(jdbc.sql(
                                "SELECT event FROM commitment_events WHERE application_id = ? ORDER BY event_id DESC LIMIT 1")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void withdrawsByPostToo() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment/withdraw", null);

        assertThat(a.text("commitment")).isEqualTo("WITHDRAWN");
        assertThat(a.text("status")).isEqualTo("AWAITING_ONLINE_VERIFICATION");
    }

    @Test
    void refusesWithdrawalAfterPayment() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");
        post(c.token(), "/api/applications/" + id + "/payment", Map.of("amount", 60, "reference", "P"));

        Answer a = delete(c.token(), "/api/applications/" + id + "/commitment");

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("commitment.withdraw-after-payment");
    }

    @Test
    void refusesWithdrawalAfterTheRegistrationDeadline() {
        Candidate c = candidate();
        int year = openWindow("11");
        String id = apply(c, committed(year, "11"));
        jdbc.sql(
                        "UPDATE exam_windows SET registration_closes = now() - interval '1 minute' WHERE exam_code = 'TST' AND exam_year = ?")
                .param(year)
                .update();

        Answer a = delete(c.token(), "/api/applications/" + id + "/commitment");

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("commitment.withdraw-after-deadline");
    }

    @Test
    void refusesToCommitAgainAfterAWithdrawal() {
        Candidate c = candidate();
        String id = apply(c, committed(openWindow("11"), "11"));
        delete(c.token(), "/api/applications/" + id + "/commitment");

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("commitment.no-recommit");
    }

    @Test
    void refusesWithdrawingACommitmentNeverChosen() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));

        Answer a = delete(c.token(), "/api/applications/" + id + "/commitment");

        assertThat(a.status()).isEqualTo(409);
        assertThat(a.text("rule")).isEqualTo("commitment.not-committed");
    }

    @Test
    void refusesCommitmentAtSubmissionForAnActiveSeriousRecordInTheArchive() {
        Candidate c = candidate();
        archive(c, "SERIOUS", "2024-05-01", "2099-05-01");

        Answer a = post(c.token(), "/api/applications", committed(openWindow("11"), "11"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("commitment.barred");
        assertThat(a.text("detail")).contains("SERIOUS").contains("2099-05-01").doesNotContain(c.idNumber());
    }

    @Test
    void refusesCommitmentForAVerySeriousRecordWithoutEnd() {
        Candidate c = candidate();
        archive(c, "VERY_SERIOUS", "2010-05-01", null);
        String id = apply(c, notCommitted(openWindow("11"), "11"));

        Answer a = post(c.token(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("detail")).contains("without end");
    }

    @Test
    void refusesCommitmentForAPastFalseCommitmentInTheArchiveWhateverItsDates() {
        Candidate c = candidate();
        archive(c, "FALSE_COMMITMENT", "2001-05-01", "2006-05-01");

        Answer a = post(c.token(), "/api/applications", committed(openWindow("11"), "11"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("detail")).contains("false commitment");
    }

    @Test
    void refusesCommitmentForAPastFalseCommitmentInOfficersRecords() {
        Candidate c = candidate();
        jdbc.sql("""
                INSERT INTO integrity_records (id_number, exam_code, finding, disposition, basis, decided_on, recorded_until, decided_by)
                VALUES (?, 'SW', 'FALSE_COMMITMENT', 'SCORES_VOID', 'test basis', DATE '2015-01-01', DATE '2020-01-01', 'test')
                """).param(c.idNumber()).update();

        Answer a = post(c.token(), "/api/applications", committed(openWindow("11"), "11"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("commitment.barred");
    }

    @Test
    void allowsCommitmentOnceASeriousRecordPeriodHasEnded() {
        Candidate c = candidate();
        archive(c, "SERIOUS", "2015-05-01", "2020-05-01");

        Answer a = post(c.token(), "/api/applications", committed(openWindow("11"), "11"));

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.text("commitment")).isEqualTo("COMMITTED");
    }

    @Test
    void allowsSubmissionWithoutCommitmentDespiteARecord() {
        Candidate c = candidate();
        archive(c, "VERY_SERIOUS", "2010-05-01", null);

        assertThat(post(c.token(), "/api/applications", notCommitted(openWindow("11"), "11"))
                        .status())
                .isEqualTo(201);
    }

    private void archive(Candidate c, String violation, String decidedOn, String recordedUntil) {
        jdbc.sql("""
                INSERT INTO integrity_archive (id_number, exam_code, violation, decided_on, recorded_until, snapshot_date)
                VALUES (?, 'SW', ?, CAST(? AS date), CAST(? AS date), DATE '2026-01-01')
                """)
                .param(c.idNumber())
                .param(violation)
                .param(decidedOn)
                .param(recordedUntil)
                .update();
    }

    private static JsonNode last(JsonNode application) {
        JsonNode history = application.get("history");
        return history.get(history.size() - 1);
    }
}
