package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.HttpApi.object;

import java.util.List;
import java.util.Map;
import org.examcommit.registration.testsupport.ApiTest;
import org.examcommit.registration.testsupport.HttpApi.Auth;
import org.examcommit.registration.testsupport.HttpApi.Reply;
import org.examcommit.registration.testsupport.TestCandidates;
import org.examcommit.registration.testsupport.TestCandidates.Registered;
import org.examcommit.registration.testsupport.TestImages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A candidate reads and changes only their own data, whatever path, token or parameter they try. */
class DataIsolationApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    private Registered a;
    private Registered b;
    private byte[] photoOfB;

    private static final Map<String, Object> JOB = object(
            "employerName",
            "B's employer",
            "employerCreditCode",
            "52110105MJ0000001K",
            "startDate",
            "2016-01-01",
            "endDate",
            null,
            "socialWork",
            true);
    private static final Map<String, Object> EDUCATION = object(
            "level",
            "BACHELOR",
            "school",
            "B's school",
            "major",
            "社会工作",
            "graduationDate",
            "2015-07-01",
            "certificateNo",
            "B0001");

    @BeforeEach
    void twoCandidatesWhereOnlyBHasData() {
        a = TestCandidates.register(api, "甲");
        b = TestCandidates.register(api, "乙");
        photoOfB = TestImages.jpeg(295, 413);
        assertThat(api.putBytes("/api/candidates/me/photo", photoOfB, "image/jpeg", b.auth())
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/candidates/me/education", EDUCATION, b.auth()).status())
                .isEqualTo(201);
        assertThat(api.post("/api/candidates/me/work", JOB, b.auth()).status()).isEqualTo(201);
    }

    @Test
    void theOwnEndpointsShowNothingOfAnotherCandidate() {
        assertThat(api.get("/api/candidates/me", a.auth())
                        .json()
                        .path("candidateId")
                        .asString())
                .isEqualTo(a.candidateId());
        assertThat(api.get("/api/candidates/me?candidateId=" + b.candidateId(), a.auth())
                        .json()
                        .path("candidateId")
                        .asString())
                .isEqualTo(a.candidateId());
        assertThat(api.get("/api/candidates/me/photo", a.auth()).status()).isEqualTo(404);
        assertThat(api.get("/api/candidates/me/education", a.auth()).rows()).isEmpty();
        assertThat(api.get("/api/candidates/me/work", a.auth()).rows()).isEmpty();
    }

    @Test
    void editingASeqThatOnlyAnotherCandidateHasAnswers404AndChangesNothing() {
        Map<String, Object> hijack = object(
                "employerName",
                "A's takeover",
                "employerCreditCode",
                "91110000MA0000000H",
                "startDate",
                "2010-01-01",
                "endDate",
                "2011-01-01",
                "socialWork",
                false);

        Reply reply = api.put("/api/candidates/me/work/1", hijack, a.auth());

        assertThat(reply.status()).isEqualTo(404);
        assertBUnchanged();
    }

    @Test
    void everyPathNamingAnotherCandidateIsRefusedAndChangesNothing() {
        String other = "/api/candidates/" + b.candidateId();
        List<Reply> replies = List.of(
                api.get(other, a.auth()),
                api.patch(other, object("name", "hijacked"), a.auth()),
                api.delete(other, a.auth()),
                api.get(other + "/photo", a.auth()),
                api.putBytes(other + "/photo", TestImages.jpeg(295, 413), "image/jpeg", a.auth()),
                api.putMultipart(other + "/photo", "file", "x.jpg", "image/jpeg", TestImages.jpeg(295, 413), a.auth()),
                api.get(other + "/education", a.auth()),
                api.post(other + "/education", EDUCATION, a.auth()),
                api.delete(other + "/education/1", a.auth()),
                api.get(other + "/work", a.auth()),
                api.post(other + "/work", JOB, a.auth()),
                api.put(other + "/work/1", JOB, a.auth()));

        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).as("%s", r).isIn(403, 404);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.body())
                    .doesNotContain(b.idNumber())
                    .doesNotContain(b.phone())
                    .doesNotContain("乙");
        });
        assertBUnchanged();
    }

    @Test
    void everyCandidateEndpointNeedsCredentials() {
        List<Reply> replies = List.of(
                api.get("/api/candidates/me", Auth.NONE),
                api.patch("/api/candidates/me", object("name", "x"), Auth.NONE),
                api.get("/api/candidates/me/photo", Auth.NONE),
                api.putBytes("/api/candidates/me/photo", photoOfB, "image/jpeg", Auth.NONE),
                api.get("/api/candidates/me/education", Auth.NONE),
                api.post("/api/candidates/me/education", EDUCATION, Auth.NONE),
                api.get("/api/candidates/me/work", Auth.NONE),
                api.post("/api/candidates/me/work", JOB, Auth.NONE),
                api.put("/api/candidates/me/work/1", JOB, Auth.NONE),
                api.get("/api/candidates/me", Auth.basic(a.idNumber(), b.password())));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(401));
    }

    @Test
    void anOfficerIsNotACandidateAndACandidateIsNotAnOfficer() {
        String officer = "officer-" + a.candidateId();
        jdbc.sql("INSERT INTO officers (username, display_name, password_hash) VALUES (?, ?, ?)")
                .param(officer)
                .param("Officer")
                .param(encoder.encode("officer-password"))
                .update();
        Auth officerAuth = TestCandidates.login(api, officer, "officer-password");

        Reply officerAsCandidate = api.get("/api/candidates/me/education", officerAuth);
        Reply candidateAsOfficer = api.get("/api/officer/audit", a.auth());

        assertThat(officerAsCandidate.status()).isEqualTo(403);
        assertThat(officerAsCandidate.rule()).isEqualTo("role.candidate");
        assertThat(candidateAsOfficer.status()).isEqualTo(403);
    }

    private void assertBUnchanged() {
        assertThat(api.get("/api/candidates/me", b.auth()).json().path("name").asString())
                .isEqualTo("乙");
        assertThat(api.get("/api/candidates/me/photo", b.auth()).bytes()).isEqualTo(photoOfB);
        assertThat(api.get("/api/candidates/me/education", b.auth()).rows())
                .singleElement()
                .satisfies(row -> assertThat(row.path("school").asString()).isEqualTo("B's school"));
        assertThat(api.get("/api/candidates/me/work", b.auth()).rows())
                .singleElement()
                .satisfies(
                        row -> assertThat(row.path("employerName").asString()).isEqualTo("B's employer"));
        assertThat(jdbc.sql("SELECT count(*) FROM education WHERE candidate_id = ?")
                        .param(a.candidateId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
