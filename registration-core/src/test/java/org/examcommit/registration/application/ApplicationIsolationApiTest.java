package org.examcommit.registration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** A candidate never reaches another candidate's application: each endpoint answers 404, as if it did not exist. */
class ApplicationIsolationApiTest extends SignedInApiTest {

    private String othersApplication() {
        String id = apply(candidate(), committed(openWindow("11"), "11"));
        setStatus(id, "EXEMPT");
        return id;
    }

    @Test
    void listsOnlyTheCandidatesOwnApplications() {
        othersApplication();
        Candidate me = candidate();
        String mine = apply(me, committed(openWindow("11"), "11"));

        Answer a = get(me.token(), "/api/applications");

        assertThat(a.json()).hasSize(1);
        assertThat(a.json().get(0).get("applicationId").asString()).isEqualTo(mine);
    }

    @Test
    void readingAnotherCandidatesApplicationAnswers404() {
        Answer a = get(candidate().token(), "/api/applications/" + othersApplication());

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.text("rule")).isEqualTo("not-found");
    }

    @Test
    void payingAnotherCandidatesApplicationAnswers404AndPaysNothing() {
        String id = othersApplication();

        Answer a = post(
                candidate().token(), "/api/applications/" + id + "/payment", Map.of("amount", 60, "reference", "X"));

        assertThat(a.status()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("EXEMPT");
    }

    @Test
    void confirmingAnotherCandidatesApplicationAnswers404() {
        String id = othersApplication();

        Answer a = post(candidate().token(), "/api/applications/" + id + "/confirm", null);

        assertThat(a.status()).isEqualTo(404);
        assertThat(status(id)).isEqualTo("EXEMPT");
    }

    @Test
    void withdrawingAnotherCandidatesCommitmentAnswers404() {
        String id = othersApplication();

        Answer a = delete(candidate().token(), "/api/applications/" + id + "/commitment");

        assertThat(a.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT commitment FROM applications WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("COMMITTED");
    }

    @Test
    void committingOnAnotherCandidatesApplicationAnswers404() {
        String id = apply(candidate(), notCommitted(openWindow("11"), "11"));

        Answer a = post(
                candidate().token(), "/api/applications/" + id + "/commitment", commitment(true, true, true, true));

        assertThat(a.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT commitment FROM applications WHERE application_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NOT_CHOSEN");
    }
}
