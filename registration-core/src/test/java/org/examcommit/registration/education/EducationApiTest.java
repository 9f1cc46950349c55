package org.examcommit.registration.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.HttpApi.object;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.examcommit.contract.ContractTime;
import org.examcommit.registration.testsupport.ApiTest;
import org.examcommit.registration.testsupport.Concurrently;
import org.examcommit.registration.testsupport.HttpApi.Reply;
import org.examcommit.registration.testsupport.TestCandidates;
import org.examcommit.registration.testsupport.TestCandidates.Registered;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Education rows through HTTP: five at most, in order, never deleted. */
class EducationApiTest extends ApiTest {

    private static final String EDUCATION = "/api/candidates/me/education";

    private static Map<String, Object> row(String level, String certificateNo) {
        return object(
                "level",
                level,
                "school",
                "北京大学",
                "major",
                "社会工作",
                "graduationDate",
                "2015-07-01",
                "certificateNo",
                certificateNo);
    }

    @Test
    void addsRowsWithSeqInOrderAndListsThem() {
        Registered c = TestCandidates.register(api, "欧阳娜娜");

        Reply first = api.post(EDUCATION, row("JUNIOR_COLLEGE", "001234"), c.auth());
        Reply second = api.post(
                EDUCATION,
                object(
                        "level",
                        "BACHELOR",
                        "school",
                        "中国人民大学",
                        "major",
                        "Social Work",
                        "graduationDate",
                        "2019-06-30",
                        "certificateNo",
                        "100021201905000001",
                        "degree",
                        "BACHELOR",
                        "degreeCertificateNo",
                        "1002142019000001",
                        "nameOnCertificate",
                        "欧阳·娜娜"),
                c.auth());
        List<JsonNode> rows = api.get(EDUCATION, c.auth()).rows();

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().path("seq").asInt()).isEqualTo(1);
        assertThat(second.json().path("seq").asInt()).isEqualTo(2);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("certificateNo").asString())
                .as("leading zeros kept")
                .isEqualTo("001234");
        assertThat(rows.get(0).path("nameOnCertificate").asString())
                .as("defaults to the current name")
                .isEqualTo("欧阳娜娜");
        assertThat(rows.get(0).path("degree").isMissingNode()).isTrue();
        assertThat(rows.get(1).path("degree").asString()).isEqualTo("BACHELOR");
        assertThat(rows.get(1).path("degreeCertificateNo").asString()).isEqualTo("1002142019000001");
        assertThat(rows.get(1).path("nameOnCertificate").asString()).isEqualTo("欧阳·娜娜");
        assertThat(rows.get(1).path("graduationDate").asString()).isEqualTo("2019-06-30");
    }

    @Test
    void refusesASixthRow() {
        Registered c = TestCandidates.register(api, "上官婉儿");
        for (int i = 1; i <= 5; i++) {
            assertThat(api.post(EDUCATION, row("BACHELOR", "C" + i), c.auth())
                            .json()
                            .path("seq")
                            .asInt())
                    .isEqualTo(i);
        }

        Reply sixth = api.post(EDUCATION, row("MASTER", "C6"), c.auth());

        assertThat(sixth.status()).isEqualTo(422);
        assertThat(sixth.rule()).isEqualTo("education.max-rows");
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(api.get(EDUCATION, c.auth()).rows()).hasSize(5);
    }

    @Test
    void keepsToFiveRowsWhenSevenAddsArriveAtOnce() {
        Registered c = TestCandidates.register(api, "并发");

        List<Reply> replies = Concurrently.run(7, i -> api.post(EDUCATION, row("BACHELOR", "P" + i), c.auth()));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(5);
        assertThat(replies)
                .filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.rule()).as("%s", r).isEqualTo("education.max-rows"));
        assertThat(api.get(EDUCATION, c.auth()).rows())
                .extracting(r -> r.path("seq").asInt())
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void refusesToDeleteARow() {
        Registered c = TestCandidates.register(api, "司马光");
        api.post(EDUCATION, row("BACHELOR", "D1"), c.auth());

        Reply one = api.delete(EDUCATION + "/1", c.auth());
        Reply all = api.delete(EDUCATION, c.auth());

        for (Reply r : new Reply[] {one, all}) {
            assertThat(r.status()).isEqualTo(422);
            assertThat(r.rule()).isEqualTo("education.no-delete");
        }
        assertThat(api.get(EDUCATION, c.auth()).rows()).hasSize(1);
    }

    @Test
    void acceptsADegreeWithoutCertificateNumber() {
        Registered c = TestCandidates.register(api, "诸葛亮");
        Map<String, Object> claim = row("MASTER", "M1");
        claim.put("degree", "MASTER");

        Reply reply = api.post(EDUCATION, claim, c.auth());

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("degree").asString()).isEqualTo("MASTER");
        assertThat(reply.json().path("degreeCertificateNo").isMissingNode()).isTrue();
    }

    @Test
    void refusesUnknownCodesFutureDatesAndMissingFieldsNamingTheField() {
        Registered c = TestCandidates.register(api, "慕容复");
        String tomorrow = LocalDate.now(ContractTime.ZONE).plusDays(1).toString();
        Map<String, Object> future = row("BACHELOR", "F1");
        future.put("graduationDate", tomorrow);
        Map<String, Object> noSchool = row("BACHELOR", "F2");
        noSchool.remove("school");
        Map<String, Object> badDegree = row("BACHELOR", "F3");
        badDegree.put("degree", "PHD");
        Map<String, Object> orphanDegreeCertificate = row("BACHELOR", "F4");
        orphanDegreeCertificate.put("degreeCertificateNo", "X1");
        Map<String, Object> badDate = row("BACHELOR", "F5");
        badDate.put("graduationDate", "2015-02-30");

        assertProblem(api.post(EDUCATION, row("UNIVERSITY", "F0"), c.auth()), "level", "level.code");
        assertProblem(api.post(EDUCATION, future, c.auth()), "graduationDate", "graduationDate.in-future");
        assertProblem(api.post(EDUCATION, noSchool, c.auth()), "school", "school.required");
        assertProblem(api.post(EDUCATION, badDegree, c.auth()), "degree", "degree.code");
        assertProblem(
                api.post(EDUCATION, orphanDegreeCertificate, c.auth()),
                "degreeCertificateNo",
                "education.degree-certificate-without-degree");
        assertProblem(api.post(EDUCATION, badDate, c.auth()), "graduationDate", "graduationDate.format");
        assertProblem(api.post(EDUCATION, row("BACHELOR", "１２３"), c.auth()), "certificateNo", "certificateNo.format");
        assertThat(api.get(EDUCATION, c.auth()).rows()).isEmpty();
    }

    private static void assertProblem(Reply reply, String field, String rule) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.field()).isEqualTo(field);
        assertThat(reply.rule()).isEqualTo(rule);
    }
}
