package org.examcommit.registration.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.examcommit.registration.candidate.IdNumber;

/**
 * Unique, valid test identities for tests that share one database: each call gives an id_number
 * (GB 11643, real birth date, right check character) and a phone that no other call in this JVM gives.
 */
public final class TestCandidates {

    // A random start keeps two test JVMs on one database (or other modules' fixtures) apart too.
    private static final AtomicLong NEXT =
            new AtomicLong(ThreadLocalRandom.current().nextLong(0, 5_000_000));
    private static final String[] REGIONS = {"110105", "310104", "440305", "510107", "650102"};

    private TestCandidates() {}

    /** A valid id_number never handed out before in this JVM. */
    public static String idNumber() {
        long n = NEXT.getAndIncrement();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n / 1000 % 16_000);
        String first17 = REGIONS[(int) (n / (1000L * 16_000) % REGIONS.length)]
                + birth.toString().replace("-", "")
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A valid id_number whose check character is X, given in lower case as some candidates type it. */
    public static String idNumberEndingInLowerCaseX() {
        while (true) {
            String id = idNumber();
            if (id.endsWith("X")) {
                return id.substring(0, 17) + "x";
            }
        }
    }

    /** An 11-digit mobile number never handed out before in this JVM. */
    public static String phone() {
        return "13" + String.format("%09d", NEXT.getAndIncrement() % 1_000_000_000L);
    }

    /** A registered candidate with a bearer token. */
    public record Registered(
            String candidateId, String idNumber, String phone, String name, String password, HttpApi.Auth auth) {}

    /** Registers a new candidate and logs in with the id_number. */
    public static Registered register(HttpApi api, String name) {
        String id = idNumber();
        String phone = phone();
        String password = "secret-" + id.substring(10);
        HttpApi.Reply created = api.post(
                "/api/candidates",
                HttpApi.object("idNumber", id, "name", name, "phone", phone, "password", password),
                HttpApi.Auth.NONE);
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return new Registered(
                created.json().path("candidateId").asString(), id, phone, name, password, login(api, id, password));
    }

    /** Logs in and returns the bearer token as an Auth. */
    public static HttpApi.Auth login(HttpApi api, String login, String password) {
        HttpApi.Reply reply =
                api.post("/api/auth/login", HttpApi.object("login", login, "password", password), HttpApi.Auth.NONE);
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return HttpApi.Auth.bearer(reply.json().path("token").asString());
    }
}
