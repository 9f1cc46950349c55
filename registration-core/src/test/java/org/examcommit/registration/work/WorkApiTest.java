package org.examcommit.registration.work;

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

/** Work experience through HTTP: add and edit jobs; start not after end, neither in the future. */
class WorkApiTest extends ApiTest {

    private static final String WORK = "/api/candidates/me/work";
    private static final String TOMORROW =
            LocalDate.now(ContractTime.ZONE).plusDays(1).toString();

    private static Map<String, Object> job(String start, String end) {
        return object(
                "employerName",
                "朝阳区社工服务中心",
                "employerCreditCode",
                "52110105MJ0000001K",
                "startDate",
                start,
                "endDate",
                end,
                "socialWork",
                true);
    }

    @Test
    void addsEditsAndListsJobs() {
        Registered c = TestCandidates.register(api, "黄蓉");

        Reply first = api.post(WORK, job("2015-03-01", "2018-02-28"), c.auth());
        Reply second = api.post(WORK, job("2018-03-01", null), c.auth());
        Map<String, Object> edited = job("2015-04-01", "2018-02-28");
        edited.put("employerCreditCode", "91310000abcdefgh18");
        edited.put("socialWork", false);
        Reply put = api.put(WORK + "/1", edited, c.auth());
        List<JsonNode> rows = api.get(WORK, c.auth()).rows();

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.json().path("seq").asInt()).isEqualTo(1);
        assertThat(second.json().path("seq").asInt()).isEqualTo(2);
        assertThat(put.status()).as("%s", put).isEqualTo(200);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("startDate").asString()).isEqualTo("2015-04-01");
        assertThat(rows.get(0).path("employerCreditCode").asString())
                .as("upper-cased")
                .isEqualTo("91310000ABCDEFGH18");
        assertThat(rows.get(0).path("socialWork").asBoolean()).isFalse();
        assertThat(rows.get(1).path("endDate").isMissingNode()).as("open job").isTrue();
    }

    @Test
    void givesSimultaneousAddsDistinctSeqs() {
        Registered c = TestCandidates.register(api, "并发");

        List<Reply> replies = Concurrently.run(6, i -> api.post(WORK, job("2015-0" + i + "-01", null), c.auth()));

        assertThat(replies).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(201));
        assertThat(api.get(WORK, c.auth()).rows())
                .extracting(r -> r.path("seq").asInt())
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void refusesAStartAfterTheEnd() {
        Registered c = TestCandidates.register(api, "郭靖");

        assertProblem(api.post(WORK, job("2019-01-01", "2018-12-31"), c.auth()), "endDate", "work.end-before-start");
        assertThat(api.post(WORK, job("2019-01-01", "2019-01-01"), c.auth()).status())
                .as("one day")
                .isEqualTo(201);
    }

    @Test
    void refusesDatesInTheFutureNamingTheField() {
        Registered c = TestCandidates.register(api, "杨过");

        assertProblem(api.post(WORK, job(TOMORROW, null), c.auth()), "startDate", "startDate.in-future");
        assertProblem(api.post(WORK, job("2020-01-01", TOMORROW), c.auth()), "endDate", "endDate.in-future");
        api.post(WORK, job("2020-01-01", null), c.auth());
        assertProblem(api.put(WORK + "/1", job("2020-01-01", TOMORROW), c.auth()), "endDate", "endDate.in-future");
    }

    @Test
    void refusesCreditCodesOfTheWrongShape() {
        Registered c = TestCandidates.register(api, "小龙女");
        for (String code :
                new String[] {"52110105MJ000000", "52110105MJ0000001I", "52110105MJ000000OX", "5211 0105MJ000001X"}) {
            Map<String, Object> claim = job("2015-01-01", null);
            claim.put("employerCreditCode", code);

            assertProblem(api.post(WORK, claim, c.auth()), "employerCreditCode", "employerCreditCode.invalid");
        }
    }

    @Test
    void refusesMissingFields() {
        Registered c = TestCandidates.register(api, "周伯通");
        Map<String, Object> noSocialWork = job("2015-01-01", null);
        noSocialWork.remove("socialWork");
        Map<String, Object> noStart = job(null, null);

        assertProblem(api.post(WORK, noSocialWork, c.auth()), "socialWork", "socialWork.required");
        assertProblem(api.post(WORK, noStart, c.auth()), "startDate", "startDate.required");
        assertThat(api.get(WORK, c.auth()).rows()).isEmpty();
    }

    @Test
    void answers404ForAJobTheCandidateDoesNotHave() {
        Registered c = TestCandidates.register(api, "洪七公");

        Reply reply = api.put(WORK + "/3", job("2015-01-01", null), c.auth());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.field()).isEqualTo("seq");
    }

    private static void assertProblem(Reply reply, String field, String rule) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(400);
        assertThat(reply.field()).isEqualTo(field);
        assertThat(reply.rule()).isEqualTo(rule);
    }
}
