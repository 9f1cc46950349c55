package org.examcommit.registration.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Issue 19: the commitment text is versioned data, served by the API; an unknown version is not signed. */
class CommitmentTextApiTest extends SignedInApiTest {

    @Test
    void servesTheCurrentTextAndEachVersionWithoutSignIn() {
        String later = "T" + System.nanoTime();
        jdbc.sql(
                        "INSERT INTO commitment_texts (version, title, body, effective_from) VALUES (?, 't', 'b', now() + interval '100 years')")
                .param(later)
                .update();

        Answer current = get(null, "/api/commitment-texts/current");
        Answer seeded = get(null, "/api/commitment-texts/2027.1");
        Answer future = get(null, "/api/commitment-texts/" + later);
        Answer unknown = get(null, "/api/commitment-texts/1999.9");

        assertThat(current.status()).as(current.body()).isEqualTo(200);
        assertThat(current.text("version"))
                .as("a version not in force yet is not the current one")
                .isEqualTo("2027.1");
        assertThat(current.text("body")).contains("告知承诺").contains("acceptsVerification");
        assertThat(seeded.text("title")).isEqualTo("报考资格告知承诺书");
        assertThat(future.text("version")).isEqualTo(later);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("field")).isEqualTo("version");
    }

    @Test
    void refusesAVersionNotInForceYet() {
        String future = "F" + System.nanoTime();
        jdbc.sql(
                        "INSERT INTO commitment_texts (version, title, body, effective_from) VALUES (?, 't', 'b', now() + interval '1 day')")
                .param(future)
                .update();
        Candidate c = candidate();
        int year = openWindow("11");
        Map<String, Object> ahead = new HashMap<>(commitment(true, true, true, true));
        ahead.put("textVersion", future);

        Answer submitted = post(c.token(), "/api/applications", submission(year, "11", ahead));

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
        assertThat(submitted.text("field")).isEqualTo("commitment.textVersion");
        assertThat(submitted.text("rule")).isEqualTo("commitment.text-version-unknown");
    }

    @Test
    void refusesAnUnknownTextVersionOnSubmissionAndLaterCommitment() {
        Candidate c = candidate();
        int year = openWindow("11");
        Map<String, Object> unknown = new HashMap<>(commitment(true, true, true, true));
        unknown.put("textVersion", "1999.9");

        Answer submitted = post(c.token(), "/api/applications", submission(year, "11", unknown));
        String id = apply(c, notCommitted(year, "11"));
        Answer later = post(c.token(), "/api/applications/" + id + "/commitment", unknown);

        assertThat(submitted.status()).isEqualTo(400);
        assertThat(submitted.text("field")).isEqualTo("commitment.textVersion");
        assertThat(submitted.text("rule")).isEqualTo("commitment.text-version-unknown");
        assertThat(later.status()).isEqualTo(400);
        assertThat(later.text("rule")).isEqualTo("commitment.text-version-unknown");
        assertThat(jdbc.sql("SELECT commitment FROM applications WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NOT_CHOSEN");
        assertThat(jdbc.sql("SELECT count(*) FROM commitment_events WHERE candidate_id = ?")
                        .param(c.candidateId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
