package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.HttpApi.object;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.examcommit.registration.testsupport.ApiTest;
import org.examcommit.registration.testsupport.Concurrently;
import org.examcommit.registration.testsupport.HttpApi.Auth;
import org.examcommit.registration.testsupport.HttpApi.Reply;
import org.examcommit.registration.testsupport.TestCandidates;
import org.examcommit.registration.testsupport.TestCandidates.Registered;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Registration, log-in and account changes through HTTP against the real database. */
class RegistrationApiTest extends ApiTest {

    private Map<String, Object> registration(String idNumber, String name, String phone, String password) {
        return object("idNumber", idNumber, "name", name, "phone", phone, "password", password);
    }

    private Reply register(String idNumber, String name, String phone, String password) {
        return api.post("/api/candidates", registration(idNumber, name, phone, password), Auth.NONE);
    }

    @Test
    void registersAndAnswersTheGeneratedIdWithMaskedIdNumberAndPhone() {
        String id = TestCandidates.idNumber();
        String phone = TestCandidates.phone();

        Reply reply = register(id, "张三", phone, "password-1");

        assertThat(reply.status()).as("%s", reply).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.path("candidateId").asString()).matches("R\\d{10}");
        assertThat(body.path("idNumber").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(body.path("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(reply.body()).doesNotContain(id).doesNotContain(phone).doesNotContain("password-1");
    }

    @Test
    void showsTheOwnIdNumberAndPhoneUnmaskedOnMeOnlyAndNotForCaching() {
        Registered c = TestCandidates.register(api, "张三");

        Reply me = api.get("/api/candidates/me", c.auth());
        Reply changed = api.patch("/api/candidates/me", object("name", "张三丰"), c.auth());

        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.json().path("idNumber").asString()).isEqualTo(c.idNumber());
        assertThat(me.json().path("phone").asString()).isEqualTo(c.phone());
        assertThat(me.header("Cache-Control")).contains("no-store");
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.body()).doesNotContain(c.idNumber()).doesNotContain(c.phone());
    }

    @Test
    void normalisesALowerCaseXAndLogsInWithEitherCase() {
        String typed = TestCandidates.idNumberEndingInLowerCaseX();
        String stored = typed.toUpperCase();

        assertThat(register(typed, "李四", TestCandidates.phone(), "password-2").status())
                .isEqualTo(201);

        assertThat(register(stored, "李四", TestCandidates.phone(), "password-2").field())
                .isEqualTo("idNumber");
        assertThat(api.get("/api/candidates/me", TestCandidates.login(api, stored, "password-2"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/candidates/me", TestCandidates.login(api, typed, "password-2"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void keepsNamesWithMiddleDotsAndCharactersOutsideTheBmpExactly() {
        String dotted = "阿依古丽·买买提";
        String rare = "𠮷野家𪚥";
        String compound = "欧阳娜娜";
        for (String name : new String[] {dotted, rare, compound}) {
            Registered c = TestCandidates.register(api, name);

            assertThat(api.get("/api/candidates/me", c.auth())
                            .json()
                            .path("name")
                            .asString())
                    .isEqualTo(name);
        }
    }

    @Test
    void storesNamesInNfcWithoutSurroundingSpaces() {
        String decomposed = Normalizer.normalize("Zoë Ångström", Normalizer.Form.NFD);
        Registered c = TestCandidates.register(api, "  " + decomposed + " ");

        assertThat(api.get("/api/candidates/me", c.auth()).json().path("name").asString())
                .isEqualTo("Zoë Ångström");
    }

    @Test
    void refusesAnIdNumberWithAWrongCheckCharacterOrImpossibleBirthDate() {
        String valid = TestCandidates.idNumber();
        char wrong = valid.charAt(17) == '1' ? '2' : '1';
        String badDate = "11010519490230002";

        Reply wrongCheck = register(valid.substring(0, 17) + wrong, "王五", TestCandidates.phone(), "password-3");
        Reply impossibleDate =
                register(badDate + IdNumber.checkCharacter(badDate), "王五", TestCandidates.phone(), "password-3");
        Reply missing = register(null, "王五", TestCandidates.phone(), "password-3");

        assertThat(wrongCheck.status()).isEqualTo(400);
        assertThat(wrongCheck.field()).isEqualTo("idNumber");
        assertThat(wrongCheck.rule()).isEqualTo("idNumber.invalid");
        assertThat(wrongCheck.json().path("detail").asString()).contains("check character");
        assertThat(wrongCheck.body()).doesNotContain(valid.substring(0, 17));
        assertThat(impossibleDate.json().path("detail").asString()).contains("birth date");
        assertThat(missing.rule()).isEqualTo("idNumber.required");
    }

    @Test
    void refusesAPhoneThatIsNotAnElevenDigitMobileNumber() {
        for (String phone : new String[] {"1380013800", "23800138000", "138-0013-800", "１３８００１３８０００"}) {
            Reply reply = register(TestCandidates.idNumber(), "赵六", phone, "password-4");

            assertThat(reply.status()).as(phone).isEqualTo(400);
            assertThat(reply.field()).isEqualTo("phone");
            assertThat(reply.rule()).isEqualTo("phone.invalid");
        }
    }

    @Test
    void refusesEmptyNamesControlCharactersAndMoreThanFiftyCharacters() {
        String fiftyRare = "𠮷".repeat(50);

        Reply empty = register(TestCandidates.idNumber(), "   ", TestCandidates.phone(), "password-5");
        Reply control = register(TestCandidates.idNumber(), "张\u0007三", TestCandidates.phone(), "password-5");
        Reply tooLong = register(TestCandidates.idNumber(), fiftyRare + "张", TestCandidates.phone(), "password-5");
        Reply fifty = register(TestCandidates.idNumber(), fiftyRare, TestCandidates.phone(), "password-5");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.rule()).isEqualTo("name.required");
        assertThat(control.rule()).isEqualTo("name.control-characters");
        assertThat(tooLong.rule()).isEqualTo("name.too-long");
        assertThat(tooLong.field()).isEqualTo("name");
        assertThat(fifty.status()).as("50 code points (100 UTF-16 units) fit").isEqualTo(201);
    }

    @Test
    void refusesAPasswordShorterThanEightCharacters() {
        Reply reply = register(TestCandidates.idNumber(), "孙七", TestCandidates.phone(), "short1");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.field()).isEqualTo("password");
        assertThat(reply.rule()).isEqualTo("password.too-short");
    }

    @Test
    void refusesASecondAccountForTheSameIdNumberOrPhoneWithoutEchoingIt() {
        Registered first = TestCandidates.register(api, "周八");

        Reply sameId = register(first.idNumber(), "周八", TestCandidates.phone(), "password-6");
        Reply samePhone = register(TestCandidates.idNumber(), "吴九", first.phone(), "password-6");

        assertThat(sameId.status()).isEqualTo(409);
        assertThat(sameId.field()).isEqualTo("idNumber");
        assertThat(sameId.rule()).isEqualTo("candidate.id-number-taken");
        assertThat(sameId.contentType()).startsWith("application/problem+json");
        assertThat(samePhone.status()).isEqualTo(409);
        assertThat(samePhone.field()).isEqualTo("phone");
        assertThat(samePhone.rule()).isEqualTo("candidate.phone-taken");
        for (Reply r : new Reply[] {sameId, samePhone}) {
            assertThat(r.body())
                    .doesNotContain(first.idNumber())
                    .doesNotContain(first.phone())
                    .doesNotContain(first.idNumber().substring(6, 14));
        }
    }

    @Test
    void admitsExactlyOneOfManySimultaneousRegistrationsOfOneIdNumber() {
        String id = TestCandidates.idNumber();
        List<Reply> replies = Concurrently.run(6, i -> register(id, "并发", TestCandidates.phone(), "password-7"));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies)
                .filteredOn(r -> r.status() != 201)
                .allSatisfy(r -> assertThat(r.field()).as("%s", r).isEqualTo("idNumber"));
    }

    @Test
    void logsInByIdNumberOrPhoneWithATokenButNotWithHttpBasic() {
        Registered c = TestCandidates.register(api, "郑十");

        Reply byPhone = api.post("/api/auth/login", object("login", c.phone(), "password", c.password()), Auth.NONE);
        Reply basic = api.get("/api/candidates/me", Auth.basic(c.phone(), c.password()));

        assertThat(byPhone.status()).isEqualTo(200);
        assertThat(byPhone.json().path("principal").asString()).isEqualTo(c.candidateId());
        assertThat(byPhone.json().path("role").asString()).isEqualTo("CANDIDATE");
        assertThat(api.get(
                                "/api/candidates/me",
                                Auth.bearer(byPhone.json().path("token").asString()))
                        .json()
                        .path("candidateId")
                        .asString())
                .isEqualTo(c.candidateId());
        // issue 19: HTTP Basic is no longer accepted (a browser would send cached credentials cross-site)
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void refusesAWrongPasswordAndRequestsWithoutCredentials() {
        Registered c = TestCandidates.register(api, "钱十一");

        Reply wrong =
                api.post("/api/auth/login", object("login", c.idNumber(), "password", "not-the-password"), Auth.NONE);
        Reply anonymous = api.get("/api/candidates/me", Auth.NONE);
        Reply badToken = api.get("/api/candidates/me", Auth.bearer("forged"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.rule()).isEqualTo("login.failed");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.rule()).isEqualTo("authentication.required");
        assertThat(badToken.status()).isEqualTo(401);
    }

    @Test
    void changesNameAndPhoneWithTheSameRules() {
        Registered c = TestCandidates.register(api, "冯十二");
        String newPhone = TestCandidates.phone();

        Reply changed = api.patch(
                "/api/candidates/me",
                object("name", "冯·十二", "phone", newPhone, "currentPassword", c.password()),
                c.auth());
        Reply badName = api.patch("/api/candidates/me", object("name", ""), c.auth());

        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("冯·十二");
        assertThat(api.post("/api/auth/login", object("login", newPhone, "password", c.password()), Auth.NONE)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/login", object("login", c.phone(), "password", c.password()), Auth.NONE)
                        .status())
                .isEqualTo(401);
        assertThat(badName.rule()).isEqualTo("name.required");
    }

    @Test
    void refusesAPhoneChangeToAnotherAccountsPhone() {
        Registered a = TestCandidates.register(api, "陈一");
        Registered b = TestCandidates.register(api, "陈二");

        Reply reply =
                api.patch("/api/candidates/me", object("phone", b.phone(), "currentPassword", a.password()), a.auth());

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.field()).isEqualTo("phone");
        assertThat(reply.body()).doesNotContain(b.phone());
        assertThat(api.patch(
                                "/api/candidates/me",
                                object("phone", a.phone(), "currentPassword", a.password()),
                                a.auth())
                        .status())
                .as("keeping one's own phone is no conflict")
                .isEqualTo(200);
    }

    @Test
    void changesThePasswordOnlyWithTheCurrentOne() {
        Registered c = TestCandidates.register(api, "褚三");

        Reply withoutCurrent = api.patch("/api/candidates/me", object("password", "new-password-1"), c.auth());
        Reply tooShort =
                api.patch("/api/candidates/me", object("password", "short", "currentPassword", c.password()), c.auth());
        Reply changed = api.patch(
                "/api/candidates/me", object("password", "new-password-1", "currentPassword", c.password()), c.auth());

        assertThat(withoutCurrent.status()).isEqualTo(403);
        assertThat(withoutCurrent.field()).isEqualTo("currentPassword");
        assertThat(tooShort.rule()).isEqualTo("password.too-short");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.post("/api/auth/login", object("login", c.idNumber(), "password", "new-password-1"), Auth.NONE)
                        .status())
                .isEqualTo(200);
        assertThat(api.post("/api/auth/login", object("login", c.idNumber(), "password", c.password()), Auth.NONE)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aPasswordChangeEndsTheSessionsOfTheOldPassword() {
        Registered c = TestCandidates.register(api, "卫四");
        Auth oldSession = TestCandidates.login(api, c.idNumber(), c.password());
        assertThat(api.get("/api/candidates/me", oldSession).status()).isEqualTo(200);

        api.patch(
                "/api/candidates/me",
                object("password", "new-password-2", "currentPassword", c.password()),
                oldSession);

        assertThat(api.get("/api/candidates/me", oldSession).status()).isEqualTo(401);
        assertThat(api.get("/api/candidates/me", TestCandidates.login(api, c.idNumber(), "new-password-2"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesToChangeTheIdNumber() {
        Registered c = TestCandidates.register(api, "卫四");

        Reply reply = api.patch("/api/candidates/me", object("idNumber", TestCandidates.idNumber()), c.auth());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.field()).isEqualTo("idNumber");
        assertThat(reply.rule()).isEqualTo("idNumber.immutable");
    }

    @Test
    void describesTheCandidateEndpointsInOpenApi() {
        Reply docs = api.get("/v3/api-docs", Auth.NONE);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").propertyNames())
                .contains(
                        "/api/candidates",
                        "/api/candidates/me",
                        "/api/candidates/me/photo",
                        "/api/candidates/me/education",
                        "/api/candidates/me/work",
                        "/api/candidates/me/work/{seq}");
    }
}
