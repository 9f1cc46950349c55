package org.examcommit.registration.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Officers' actions through the API: on-site results, findings, and the audit trail they leave. */
class OfficerApiTest extends SignedInApiTest {

    private String onsiteApplication() {
        String id = apply(candidate(), notCommitted(openWindow("11"), "11"));
        setStatus(id, "ONSITE_REQUIRED");
        return id;
    }

    @Test
    void onsitePassMakesTheApplicationVerifiedWithTheOfficersReason() {
        String id = onsiteApplication();

        Answer a = post(
                officer(),
                "/api/officer/applications/" + id + "/onsite-verification",
                Map.of("result", "PASS", "reason", "Diploma and work certificate checked"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("status")).isEqualTo("VERIFIED");
        JsonHistory.assertLastReason(a, "On-site verification passed: Diploma and work certificate checked");
    }

    @Test
    void onsiteFailVoidsTheApplication() {
        String id = onsiteApplication();

        Answer a = post(
                officer(),
                "/api/officer/applications/" + id + "/onsite-verification",
                Map.of("result", "FAIL", "reason", "Certificate does not match the registry"));

        assertThat(a.text("status")).isEqualTo("VOID");
        assertThat(jdbc.sql("SELECT note FROM onsite_verifications WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Certificate does not match the registry");
    }

    @Test
    void refusesAnOnsiteResultForAnApplicationThatDoesNotNeedOne() {
        String id = apply(candidate(), committed(openWindow("11"), "11"));

        Answer a = post(
                officer(),
                "/api/officer/applications/" + id + "/onsite-verification",
                Map.of("result", "PASS", "reason", "checked"));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("onsite.not-required");
    }

    @Test
    void refusesAnOfficerActionWithoutReason() {
        String id = onsiteApplication();

        Answer a =
                post(officer(), "/api/officer/applications/" + id + "/onsite-verification", Map.of("result", "PASS"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("reason");
        assertThat(a.text("rule")).isEqualTo("officer.reason-required");
        assertThat(status(id)).isEqualTo("ONSITE_REQUIRED");
    }

    @Test
    void refusesACandidateOnOfficerEndpoints() {
        String id = onsiteApplication();

        Answer a = post(
                candidate().token(),
                "/api/officer/applications/" + id + "/onsite-verification",
                Map.of("result", "PASS", "reason", "self-service"));

        assertThat(a.status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("ONSITE_REQUIRED");
    }

    @Test
    void writesAnAuditRowForEveryActionReadableByTarget() {
        String id = onsiteApplication();
        String officer = officer();
        post(
                officer,
                "/api/officer/findings",
                Map.of(
                        "applicationId",
                        id,
                        "kind",
                        "CERT_NOT_FOUND",
                        "detail",
                        "education certificate not in the registry",
                        "reason",
                        "from the nightly flags"));
        post(
                officer,
                "/api/officer/applications/" + id + "/onsite-verification",
                Map.of("result", "PASS", "reason", "paper diploma seen"));

        Answer a = get(officer, "/api/officer/audit?target=" + id);

        assertThat(a.json()).hasSize(2);
        assertThat(a.json().get(0).get("action").asString()).isEqualTo("FINDING_OPEN");
        assertThat(a.json().get(1).get("action").asString()).isEqualTo("ONSITE_PASS");
        assertThat(a.json().get(1).get("reason").asString()).isEqualTo("paper diploma seen");
        assertThat(a.json().get(1).get("officer").asString()).startsWith("officer");
        assertThat(a.json().get(1).get("at").asString()).isNotBlank();
    }

    @Test
    void opensAndConfirmsAFinding() {
        String id = onsiteApplication();
        String officer = officer();
        long findingId = post(
                        officer,
                        "/api/officer/findings",
                        Map.of(
                                "applicationId",
                                id,
                                "kind",
                                "CERT_MISMATCH",
                                "detail",
                                "school differs",
                                "reason",
                                "flag review"))
                .json()
                .get("findingId")
                .asLong();

        Answer a =
                post(officer, "/api/officer/findings/" + findingId + "/confirm", Map.of("reason", "registry checked"));

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.text("status")).isEqualTo("CONFIRMED");
        assertThat(a.text("decisionReason")).isEqualTo("registry checked");
        assertThat(get(officer, "/api/officer/findings?status=CONFIRMED&applicationId=" + id)
                        .json())
                .hasSize(1);
    }

    @Test
    void dismissesAFindingOnceOnly() {
        String id = onsiteApplication();
        String officer = officer();
        long findingId = post(
                        officer,
                        "/api/officer/findings",
                        Map.of(
                                "applicationId",
                                id,
                                "kind",
                                "PHONE_SHARED",
                                "detail",
                                "three candidates",
                                "reason",
                                "flag review"))
                .json()
                .get("findingId")
                .asLong();
        post(officer, "/api/officer/findings/" + findingId + "/dismiss", Map.of("reason", "family phone"));

        Answer again =
                post(officer, "/api/officer/findings/" + findingId + "/confirm", Map.of("reason", "changed mind"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("rule")).isEqualTo("finding.already-decided");
    }

    /** Disposition tests need an exam date relative to today. */
    static Map<String, Object> disposition(String disposition, String stage, boolean certified) {
        Map<String, Object> m = new HashMap<>(Map.of(
                "disposition",
                disposition,
                "basis",
                "Rule 12: a false commitment voids the registration",
                "reason",
                "confirmed false education claim",
                "certified",
                certified));
        if (stage != null) {
            m.put("stage", stage);
        }
        return m;
    }

    /** Opens a finding of {@code kind} about the application and confirms it; returns its id. */
    private long confirmedFinding(String officer, String applicationId, String kind) {
        long findingId = post(
                        officer,
                        "/api/officer/findings",
                        Map.of("applicationId", applicationId, "kind", kind, "detail", "checked", "reason", "review"))
                .json()
                .get("findingId")
                .asLong();
        post(officer, "/api/officer/findings/" + findingId + "/confirm", Map.of("reason", "registry checked"));
        return findingId;
    }

    /** A disposition request settling a confirmed finding of the application (issue 19: required). */
    private Map<String, Object> settling(String officer, String id, Map<String, Object> request) {
        request.put("findingId", confirmedFinding(officer, id, "CERT_MISMATCH"));
        return request;
    }

    private String committedApplication(LocalDate examStarts) {
        Instant now = Instant.now();
        int year = window(
                "11",
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)),
                examStarts);
        return apply(candidate(), committed(year, "11"));
    }

    @Test
    void registrationVoidBeforeTheExamWritesTheRecordWithFiveYearsAndVoidsTheApplication() {
        String id = committedApplication(LocalDate.now().plusDays(60));

        String officer = officer();
        Answer a = post(
                officer,
                "/api/officer/applications/" + id + "/disposition",
                settling(officer, id, disposition("REGISTRATION_VOID", null, false)));

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.text("stage")).isEqualTo("BEFORE_EXAM");
        LocalDate decided = LocalDate.parse(a.text("decidedOn"));
        assertThat(a.text("recordedUntil")).isEqualTo(decided.plusYears(5).toString());
        assertThat(status(id)).isEqualTo("VOID");
        Map<String, Object> row = jdbc.sql("""
                SELECT r.finding, r.disposition, r.basis, r.id_number = c.id_number AS holder
                  FROM integrity_records r JOIN applications a ON a.application_id = r.application_id
                  JOIN candidates c ON c.candidate_id = a.candidate_id WHERE r.application_id = ?
                """).param(id).query().singleRow();
        assertThat(row)
                .containsEntry("finding", "FALSE_COMMITMENT")
                .containsEntry("disposition", "REGISTRATION_VOID")
                .containsEntry("holder", true);
    }

    @Test
    void refusesScoresVoidBeforeTheExam() {
        String id = committedApplication(LocalDate.now().plusDays(60));

        String officer = officer();
        Answer a = post(
                officer,
                "/api/officer/applications/" + id + "/disposition",
                settling(officer, id, disposition("SCORES_VOID", null, false)));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("disposition.stage-mismatch");
        assertThat(a.text("detail")).contains("REGISTRATION_VOID");
        assertThat(jdbc.sql("SELECT count(*) FROM integrity_records WHERE application_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void scoresVoidAfterTheExamKeepsTheStatusAndRecordsTheEvent() {
        String id = committedApplication(LocalDate.now().minusDays(10));

        String officer = officer();
        Answer a = post(
                officer,
                "/api/officer/applications/" + id + "/disposition",
                settling(officer, id, disposition("SCORES_VOID", null, false)));

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.text("stage")).isEqualTo("AFTER_EXAM");
        assertThat(status(id)).isEqualTo("AWAITING_ONLINE_VERIFICATION");
    }

    @Test
    void certificateVoidAfterCertification() {
        String id = committedApplication(LocalDate.now().minusDays(100));

        String officer = officer();
        Answer a = post(
                officer,
                "/api/officer/applications/" + id + "/disposition",
                settling(officer, id, disposition("CERTIFICATE_VOID", null, true)));

        assertThat(a.status()).isEqualTo(201);
        assertThat(a.text("stage")).isEqualTo("AFTER_CERTIFICATION");
    }

    @Test
    void refusesAStatedStageThatContradictsTheExamDates() {
        String id = committedApplication(LocalDate.now().plusDays(60));

        String officer = officer();
        Answer a = post(
                officer,
                "/api/officer/applications/" + id + "/disposition",
                settling(officer, id, disposition("SCORES_VOID", "AFTER_EXAM", false)));

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("disposition.stage-contradicts-dates");
    }

    @Test
    void refusesADispositionWithoutBasis() {
        String id = committedApplication(LocalDate.now().plusDays(60));
        Map<String, Object> request = disposition("REGISTRATION_VOID", null, false);
        request.remove("basis");

        Answer a = post(officer(), "/api/officer/applications/" + id + "/disposition", request);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("rule")).isEqualTo("disposition.basis-required");
    }

    @Test
    void aDispositionBarsTheCandidatesNextCommitment() {
        Instant now = Instant.now();
        Candidate c = candidate();
        int year = window(
                "11",
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)),
                LocalDate.now().plusDays(60));
        String id = apply(c, committed(year, "11"));
        String officer = officer();
        post(
                officer,
                "/api/officer/applications/" + id + "/disposition",
                settling(officer, id, disposition("REGISTRATION_VOID", null, false)));

        Answer next = post(c.token(), "/api/applications", committed(openWindow("11"), "11"));

        assertThat(next.status()).isEqualTo(422);
        assertThat(next.text("rule")).isEqualTo("commitment.barred");
    }

    @Test
    void refusesADispositionWithoutAFinding() {
        String id = committedApplication(LocalDate.now().plusDays(60));

        Answer a = post(
                officer(),
                "/api/officer/applications/" + id + "/disposition",
                disposition("REGISTRATION_VOID", null, false));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("findingId");
        assertThat(a.text("rule")).isEqualTo("disposition.finding-required");
        assertNothingDisposed(id);
    }

    @Test
    void refusesADispositionOnAFindingStillOpen() {
        String id = committedApplication(LocalDate.now().plusDays(60));
        String officer = officer();
        long open = post(
                        officer,
                        "/api/officer/findings",
                        Map.of("applicationId", id, "kind", "REPORT", "detail", "a report", "reason", "review"))
                .json()
                .get("findingId")
                .asLong();
        Map<String, Object> request = disposition("REGISTRATION_VOID", null, false);
        request.put("findingId", open);

        Answer a = post(officer, "/api/officer/applications/" + id + "/disposition", request);

        assertThat(a.status()).isEqualTo(422);
        assertThat(a.text("rule")).isEqualTo("disposition.finding-not-confirmed");
        assertNothingDisposed(id);
    }

    @Test
    void refusesADispositionOnAConfirmedFindingOfAnotherApplication() {
        String id = committedApplication(LocalDate.now().plusDays(60));
        String other = committedApplication(LocalDate.now().plusDays(60));
        String officer = officer();
        Map<String, Object> request = disposition("REGISTRATION_VOID", null, false);
        request.put("findingId", confirmedFinding(officer, other, "CERT_MISMATCH"));

        Answer a = post(officer, "/api/officer/applications/" + id + "/disposition", request);

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("field")).isEqualTo("findingId");
        assertNothingDisposed(id);
    }

    @Test
    void refusesAFindingKindOutsideTheFixedList() {
        String id = onsiteApplication();

        Answer a = post(
                officer(),
                "/api/officer/findings",
                Map.of("applicationId", id, "kind", "GUT_FEELING", "detail", "d", "reason", "r"));

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.text("field")).isEqualTo("kind");
        assertThat(a.text("detail")).contains("RANDOM_CHECK", "ONSITE_FAIL", "REPORT", "CERT_SHARED");
    }

    private void assertNothingDisposed(String id) {
        assertThat(status(id)).isEqualTo("AWAITING_ONLINE_VERIFICATION");
        assertThat(jdbc.sql("SELECT count(*) FROM integrity_records WHERE application_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** Reads the last history entry of an application answer. */
    static final class JsonHistory {
        static void assertLastReason(Answer a, String reason) {
            var history = a.json().get("history");
            assertThat(history.get(history.size() - 1).get("reason").asString()).isEqualTo(reason);
        }
    }
}
