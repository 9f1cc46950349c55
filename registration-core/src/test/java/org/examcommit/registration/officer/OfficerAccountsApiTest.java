package org.examcommit.registration.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.SignedInApiTest;
import org.junit.jupiter.api.Test;

/** Issue 19: officer accounts are managed by an administrator, and only by one. */
class OfficerAccountsApiTest extends SignedInApiTest {

    @Test
    void anAdministratorCreatesAnOfficerWhoSignsInAsOfficer() {
        String admin = admin();
        String username = "clerk" + System.nanoTime();

        Answer created = post(
                admin,
                "/api/admin/officers",
                Map.of("username", username, "displayName", "王芳", "password", "long enough 1"));
        Answer login = post(null, "/api/auth/login", Map.of("login", username, "password", "long enough 1"));
        Answer again = post(admin, "/api/admin/officers", Map.of("username", username, "password", "long enough 2"));
        Answer listed = get(admin, "/api/admin/officers");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.text("role")).isEqualTo("OFFICER");
        assertThat(created.body()).doesNotContain("long enough").doesNotContain("$2a$");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text("role")).isEqualTo("OFFICER");
        assertThat(get(login.text("token"), "/api/officer/findings?kind=REPORT").status())
                .isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("rule")).isEqualTo("officer.username-taken");
        assertThat(listed.body()).contains(username);
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        String officer = officer();
        Candidate candidate = candidate();
        Map<String, Object> body = Map.of("username", "x" + System.nanoTime(), "password", "long enough 1");

        Answer byOfficer = post(officer, "/api/admin/officers", body);
        Answer byCandidate = post(candidate.token(), "/api/admin/officers", body);
        Answer anonymous = post(null, "/api/admin/officers", body);
        Answer list = get(officer, "/api/admin/officers");

        assertThat(byOfficer.status()).isEqualTo(403);
        assertThat(byOfficer.json().has("rule")).isTrue();
        assertThat(byCandidate.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(list.status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM officers WHERE username = ?")
                        .param(body.get("username"))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdministratorAlsoActsAsOfficerAndSignsInAsAdmin() {
        String username = account("chief", "ADMIN");

        Answer login = post(null, "/api/auth/login", Map.of("login", username, "password", PASSWORD));

        assertThat(login.text("role")).isEqualTo("ADMIN");
        assertThat(get(login.text("token"), "/api/officer/findings").status()).isEqualTo(200);
    }

    @Test
    void aDisabledOfficerCanNeitherSignInNorUseATokenAndTheChangeIsAudited() {
        String admin = admin();
        String username = account("leaver", "OFFICER");
        String token = login(username);

        Answer noReason = post(admin, "/api/admin/officers/" + username + "/disable", Map.of());
        Answer disabled =
                post(admin, "/api/admin/officers/" + username + "/disable", Map.of("reason", "left the office"));
        Answer login = post(null, "/api/auth/login", Map.of("login", username, "password", PASSWORD));
        Answer unknown =
                post(admin, "/api/admin/officers/nobody" + System.nanoTime() + "/disable", Map.of("reason", "r"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.text("disabledAt")).isNotNull();
        assertThat(login.status()).isEqualTo(401);
        assertThat(get(token, "/api/officer/findings").status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM officer_audit WHERE action = 'OFFICER_DISABLE' AND target = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aTokenIssuedAfterTheDisableByALogInThatRacedItIsRefusedToo() {
        String admin = admin();
        String username = account("racer", "OFFICER");
        post(admin, "/api/admin/officers/" + username + "/disable", Map.of("reason", "left the office"));
        // what a log-in that checked the account just before the disable committed writes just after it
        String raced = "raced-" + System.nanoTime();
        jdbc.sql(
                        "INSERT INTO auth_tokens (token_sha256, principal, role, expires_at)"
                                + " VALUES (encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, 'OFFICER', now() + interval '1 hour')")
                .params(raced, username)
                .update();

        assertThat(get(raced, "/api/officer/findings").status()).isEqualTo(401);
    }

    @Test
    void refusesABadUsernameAPasswordTooShortAndDisablingOneself() {
        String self = account("self", "ADMIN");
        String admin = login(self);

        Answer digits =
                post(admin, "/api/admin/officers", Map.of("username", "13800138000", "password", "long enough"));
        Answer shortPassword = post(
                admin,
                "/api/admin/officers",
                Map.of("username", "abc" + System.nanoTime() % 1000, "password", "short"));
        Answer badRole = post(
                admin,
                "/api/admin/officers",
                Map.of("username", "r" + System.nanoTime(), "password", "long enough", "role", "ROOT"));
        Answer selfDisable = post(admin, "/api/admin/officers/" + self + "/disable", Map.of("reason", "r"));

        assertThat(digits.status()).isEqualTo(400);
        assertThat(digits.text("field")).isEqualTo("username");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.text("field")).isEqualTo("password");
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.text("field")).isEqualTo("role");
        assertThat(selfDisable.status()).isEqualTo(409);
        assertThat(selfDisable.text("rule")).isEqualTo("officer.self-disable");
    }
}
