package org.examcommit.registration.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 19: officers list the applications awaiting on-site verification with what they check; notes stay theirs. */
class OnsiteQueueApiTest extends SignedInApiTest {

    @Test
    void listsOnsiteApplicationsWithNamePhotoRowsAndTheLatestNightsReasons() {
        int year = openWindow("11");
        Candidate c = candidate("欧阳娜娜");
        jdbc.sql("""
                INSERT INTO work_experience (candidate_id, seq, employer_name, employer_credit_code, start_date, social_work)
                VALUES (?, 1, '朝阳区社会工作服务中心', '52110105MJ0000001K', DATE '2016-03-01', true)
                """).param(c.candidateId()).update();
        String onsite = apply(c, notCommitted(year, "11"));
        setStatus(onsite, "ONSITE_REQUIRED");
        listed("2026-11-01", onsite, "NOT_CHOSEN");
        listed("2026-11-02", onsite, "NOT_CHOSEN,EDUCATION_UNVERIFIABLE");
        String exempt = apply(candidate(), committed(year, "11"));
        setStatus(exempt, "EXEMPT");
        String officer = officer();

        Answer page = get(officer, "/api/officer/onsite-verifications?examCode=TST&provinceCode=11&limit=200");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode entry = find(page.json(), onsite);
        assertThat(entry).as("the on-site application is listed").isNotNull();
        assertThat(find(page.json(), exempt)).as("an exempt one is not").isNull();
        assertThat(entry.path("name").asString()).isEqualTo("欧阳娜娜");
        assertThat(entry.path("maskedIdNumber").asString())
                .isEqualTo(
                        c.idNumber().substring(0, 6) + "********" + c.idNumber().substring(14));
        assertThat(page.body()).doesNotContain(c.idNumber()).doesNotContain(c.phone());
        assertThat(entry.path("listedOn").asString()).isEqualTo("2026-11-02");
        assertThat(entry.path("reasons").values())
                .extracting(JsonNode::asString)
                .containsExactly("NOT_CHOSEN", "EDUCATION_UNVERIFIABLE");
        assertThat(entry.path("education").get(0).path("school").asString()).isEqualTo("北京大学");
        assertThat(entry.path("work").get(0).path("employerCreditCode").asString())
                .isEqualTo("52110105MJ0000001K");
        String photoUrl = entry.path("photoUrl").asString();
        Answer photo = get(officer, photoUrl);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(get(c.token(), photoUrl).status())
                .as("a candidate cannot read photos by id")
                .isEqualTo(403);
    }

    @Test
    void pagesByApplicationIdAndRefusesCandidates() {
        int year = openWindow("12");
        for (int i = 0; i < 3; i++) {
            setStatus(apply(candidate(), notCommitted(year, "12")), "ONSITE_REQUIRED");
        }
        String officer = officer();
        String filter = "/api/officer/onsite-verifications?examCode=TST&provinceCode=12&limit=2";

        Answer first = get(officer, filter);
        String last = first.json().get(1).path("applicationId").asString();
        Answer rest = get(officer, filter + "&after=" + last);

        assertThat(first.json()).hasSize(2);
        assertThat(rest.json().size()).isGreaterThanOrEqualTo(1);
        assertThat(rest.json().get(0).path("applicationId").asString()).isGreaterThan(last);
        assertThat(get(candidate().token(), filter).status()).isEqualTo(403);
    }

    @Test
    void officerNotesAreKeptForOfficersAndNeverShownToTheCandidate() {
        Candidate c = candidate();
        String id = apply(c, notCommitted(openWindow("11"), "11"));
        String officer = officer();
        String text = "原件与复印件不一致，待补件 " + System.nanoTime();

        Answer added = post(officer, "/api/officer/applications/" + id + "/notes", Map.of("text", text));
        Answer empty = post(officer, "/api/officer/applications/" + id + "/notes", Map.of("text", " "));
        Answer missing = post(officer, "/api/officer/applications/NOPE/notes", Map.of("text", "x"));
        Answer notes = get(officer, "/api/officer/applications/" + id + "/notes");
        Answer byCandidate = post(c.token(), "/api/officer/applications/" + id + "/notes", Map.of("text", "x"));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text("field")).isEqualTo("text");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(notes.json().get(0).path("text").asString()).isEqualTo(text);
        assertThat(byCandidate.status()).isEqualTo(403);
        assertThat(get(c.token(), "/api/applications/" + id).body()).doesNotContain(text);
        assertThat(get(c.token(), "/api/applications").body()).doesNotContain(text);
        assertThat(get(officer, "/api/officer/applications/" + id).body())
                .as("the officers' application view leaves notes to the notes endpoint")
                .doesNotContain(text);
    }

    private void listed(String runDate, String applicationId, String reasons) {
        jdbc.sql(
                        "INSERT INTO onsite_verification_list (run_date, application_id, reasons) VALUES (CAST(? AS date), ?, string_to_array(?, ','))")
                .param(runDate)
                .param(applicationId)
                .param(reasons)
                .update();
    }

    private static JsonNode find(JsonNode page, String applicationId) {
        for (JsonNode e : page.values()) {
            if (e.path("applicationId").asString().equals(applicationId)) {
                return e;
            }
        }
        return null;
    }
}
