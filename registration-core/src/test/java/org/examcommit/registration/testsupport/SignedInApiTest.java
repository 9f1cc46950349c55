package org.examcommit.registration.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.examcommit.registration.candidate.IdNumber;
import org.examcommit.registration.exam.ExamCatalogue;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An {@link ApiTest} (so the same cached context) with candidates and officers created with SQL and signed
 * in through {@code POST /api/auth/login}, JSON requests as maps, and test-only exam windows (exam TST, one
 * exam year per window) so no test depends on today's date.
 */
public abstract class SignedInApiTest extends ApiTest {

    protected static final String PASSWORD = "correct horse battery";
    protected static final String EXAM = "TST";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final AtomicInteger YEARS = new AtomicInteger(3000);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static volatile String passwordHash;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PasswordEncoder encoder;

    @Autowired
    protected ExamCatalogue catalogue;

    /** A signed-in candidate. */
    protected record Candidate(String candidateId, String idNumber, String phone, String name, String token) {}

    /** An HTTP answer with its JSON body (null when the body is not JSON). */
    public record Answer(int status, JsonNode json, String body) {

        public String text(String field) {
            JsonNode n = json.get(field);
            return n == null || n.isNull() ? null : n.asString();
        }
    }

    protected Candidate candidate() {
        return candidate("张三");
    }

    /** Creates a candidate account with SQL (valid id_number, unique phone) and logs it in. */
    protected Candidate candidate(String name) {
        int n = SEQUENCE.incrementAndGet();
        // random within large spaces, so other test classes' candidates in the same database never collide
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String first17 = "330106"
                + LocalDate.of(1960, 1, 1)
                        .plusDays(random.nextInt(15000))
                        .toString()
                        .replace("-", "") + String.format("%03d", random.nextInt(1000));
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        String phone = String.format("17%09d", random.nextInt(1_000_000_000));
        String candidateId = "TC" + System.nanoTime() + n;
        jdbc.sql("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source, password_hash)
                VALUES (?, ?, ?, ?, now(), 'API', ?)
                """)
                .param(candidateId)
                .param(idNumber)
                .param(name)
                .param(phone)
                .param(hash())
                .update();
        // what a submission needs (issue 19): the photo and an education row
        jdbc.sql("""
                INSERT INTO candidate_photos (candidate_id, content_type, width, height, content) VALUES (?, 'image/jpeg', 295, 413, ?)
                """)
                .param(candidateId)
                .param(new byte[] {(byte) 0xFF, (byte) 0xD8})
                .update();
        jdbc.sql("""
                INSERT INTO education (candidate_id, seq, level, school, major, graduation_date, certificate_no, name_on_certificate)
                VALUES (?, 1, 'BACHELOR', '北京大学', '社会工作', DATE '2010-07-01', ?, ?)
                """).param(candidateId).param("C" + candidateId).param(name).update();
        return new Candidate(candidateId, idNumber, phone, name, login(phone));
    }

    /** Creates an officer with SQL and logs in. */
    protected String officer() {
        return login(account("officer", "OFFICER"));
    }

    /** Creates an administrator (role ADMIN) with SQL and logs in. */
    protected String admin() {
        return login(account("admin", "ADMIN"));
    }

    /** Creates an officer account of the role with SQL; answers its username. */
    protected String account(String prefix, String role) {
        String username = prefix + SEQUENCE.incrementAndGet();
        jdbc.sql("INSERT INTO officers (username, display_name, password_hash, role) VALUES (?, ?, ?, ?)")
                .param(username)
                .param("Officer " + username)
                .param(hash())
                .param(role)
                .update();
        return username;
    }

    protected String login(String login) {
        Answer a = post(null, "/api/auth/login", Map.of("login", login, "password", PASSWORD));
        if (a.status() != 200) {
            throw new IllegalStateException("login failed: " + a.body());
        }
        return a.text("token");
    }

    /** A window of exam TST in a year of its own, open now, with its deadlines ahead and the exam a month away. */
    protected int openWindow(String province) {
        Instant now = Instant.now();
        return window(
                province,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(3)),
                LocalDate.now().plusDays(30));
    }

    protected int window(
            String province, Instant opens, Instant closes, Instant payment, Instant onsite, LocalDate examStarts) {
        int year = YEARS.incrementAndGet();
        jdbc.sql("INSERT INTO exams (exam_code, name) VALUES ('TST', 'Test exam') ON CONFLICT DO NOTHING")
                .update();
        for (String level : new String[] {"ASSISTANT", "INTERMEDIATE", "SENIOR"}) {
            jdbc.sql("INSERT INTO exam_levels (exam_code, level, name) VALUES ('TST', ?, ?) ON CONFLICT DO NOTHING")
                    .param(level)
                    .param(level)
                    .update();
        }
        addProvince(year, province, opens, closes, payment, onsite, examStarts);
        return year;
    }

    protected void addProvince(
            int year,
            String province,
            Instant opens,
            Instant closes,
            Instant payment,
            Instant onsite,
            LocalDate examStarts) {
        jdbc.sql("""
                INSERT INTO exam_windows (exam_code, exam_year, province_code, registration_opens, registration_closes,
                                          payment_deadline, onsite_verification_deadline, exam_starts, exam_ends, fee)
                VALUES ('TST', ?, ?, ?, ?, ?, ?, ?, ?, 60.00)
                """)
                .param(year)
                .param(province)
                .param(Timestamp.from(opens))
                .param(Timestamp.from(closes))
                .param(Timestamp.from(payment))
                .param(Timestamp.from(onsite))
                .param(examStarts)
                .param(examStarts.plusDays(1))
                .update();
        catalogue.refresh();
    }

    /** A submission of an ASSISTANT application of exam TST with the given commitment part. */
    protected static Map<String, Object> submission(int year, String province, Map<String, Object> commitment) {
        return Map.of(
                "examCode",
                EXAM,
                "examYear",
                year,
                "level",
                "ASSISTANT",
                "provinceCode",
                province,
                "commitment",
                commitment);
    }

    protected static Map<String, Object> committed(int year, String province) {
        return submission(year, province, commitment(true, true, true, true));
    }

    protected static Map<String, Object> commitment(boolean knows, boolean meets, boolean trueInfo, boolean accepts) {
        return Map.of(
                "chosen",
                true,
                "textVersion",
                "2027.1",
                "items",
                Map.of(
                        "knowsNotice",
                        knows,
                        "meetsConditions",
                        meets,
                        "informationTrue",
                        trueInfo,
                        "acceptsVerification",
                        accepts));
    }

    protected static Map<String, Object> notCommitted(int year, String province) {
        return submission(year, province, Map.of("chosen", false));
    }

    /** Submits and returns the new application's id. */
    protected String apply(Candidate c, Map<String, Object> request) {
        Answer a = post(c.token(), "/api/applications", request);
        if (a.status() != 201) {
            throw new IllegalStateException("submission failed: " + a.body());
        }
        return a.text("applicationId");
    }

    /** What the nightly verification (or an earlier step) would have done: sets a state with a timeline entry. */
    protected void setStatus(String applicationId, String status) {
        jdbc.sql("UPDATE applications SET status = ? WHERE application_id = ?")
                .param(status)
                .param(applicationId)
                .update();
        jdbc.sql("INSERT INTO application_events (application_id, status, reason, actor) VALUES (?, ?, 'test', 'test')")
                .param(applicationId)
                .param(status)
                .update();
    }

    protected String status(String applicationId) {
        return jdbc.sql("SELECT status FROM applications WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single();
    }

    protected Answer get(String token, String path) {
        return send(token, HttpRequest.newBuilder(uri(path)).GET());
    }

    protected Answer delete(String token, String path) {
        return send(token, HttpRequest.newBuilder(uri(path)).DELETE());
    }

    protected Answer post(String token, String path, Object body) {
        return send(
                token,
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                body == null ? "{}" : JSON.writeValueAsString(body))));
    }

    private Answer send(String token, HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r =
                    HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") && !r.body().isEmpty() ? JSON.readTree(r.body()) : null;
            return new Answer(r.statusCode(), json, r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = encoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
