package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.HttpApi.object;

import org.examcommit.registration.testsupport.ApiTest;
import org.examcommit.registration.testsupport.HttpApi.Auth;
import org.examcommit.registration.testsupport.TestCandidates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Registering, refusals and failing log-ins never print an unmasked id_number or phone (DATA-CONTRACT §5). */
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingApiTest extends ApiTest {

    @Test
    void logsOnlyMaskedIdNumbersAndPhones(CapturedOutput output) {
        String id = TestCandidates.idNumberEndingInLowerCaseX();
        String phone = TestCandidates.phone();
        String otherId = TestCandidates.idNumber();
        String otherPhone = TestCandidates.phone();
        String newPhone = TestCandidates.phone();

        assertThat(api.post(
                                "/api/candidates",
                                object("idNumber", id, "name", "日志", "phone", phone, "password", "password-9"),
                                Auth.NONE)
                        .status())
                .isEqualTo(201);
        api.post(
                "/api/candidates",
                object("idNumber", id, "name", "日志", "phone", otherPhone, "password", "password-9"),
                Auth.NONE);
        api.post(
                "/api/candidates",
                object("idNumber", otherId, "name", "日志", "phone", phone, "password", "password-9"),
                Auth.NONE);
        api.post(
                "/api/candidates",
                object(
                        "idNumber",
                        otherId.substring(0, 17) + "Y",
                        "name",
                        "日志",
                        "phone",
                        otherPhone,
                        "password",
                        "password-9"),
                Auth.NONE);
        for (String login : new String[] {id, id.toUpperCase(), phone, otherId, otherPhone}) {
            assertThat(api.post("/api/auth/login", object("login", login, "password", "wrong-password"), Auth.NONE)
                            .status())
                    .isEqualTo(401);
            assertThat(api.get("/api/candidates/me", Auth.basic(login, "wrong-password"))
                            .status())
                    .isEqualTo(401);
        }
        Auth auth = TestCandidates.login(api, phone, "password-9");
        api.patch("/api/candidates/me", object("phone", newPhone, "currentPassword", "password-9"), auth);
        // the one answer that carries them in full: the candidate's own /me, never its log lines
        assertThat(api.get("/api/candidates/me", auth).body())
                .contains(id.toUpperCase())
                .contains(newPhone);

        String upper = id.toUpperCase();
        assertThat(output.getAll())
                .as("the registration is logged, masked")
                .contains(upper.substring(0, 6) + "********" + upper.substring(14));
        for (String secret : new String[] {id, upper, phone, otherId, otherPhone, newPhone}) {
            assertThat(output.getAll()).doesNotContain(secret);
        }
    }
}
