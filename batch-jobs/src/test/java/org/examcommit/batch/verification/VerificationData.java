package org.examcommit.batch.verification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.examcommit.registration.candidate.IdNumber;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts a test's input rows straight into the tables of V1/V2, every identifier under the test's own
 * prefix so that test classes sharing the database never meet. The default candidate ("good") holds a
 * bachelor's in social work whose certificate and degree the registries confirm.
 */
final class VerificationData {

    static final String EMPLOYER = "91110000MA0000001X";
    static final LocalDate GRADUATED = LocalDate.of(2015, 7, 1);

    private final JdbcClient jdbc;
    private final String prefix;
    private final String region;
    private final LocalDate importRunDate;
    /** Shared by every instance in the JVM (one test database per JVM), so no two tests make the same id_number. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** @param region six digits unique to the test class: the id_numbers it makes are unique to it */
    VerificationData(JdbcClient jdbc, String prefix, String region, LocalDate importRunDate) {
        this.jdbc = jdbc;
        this.prefix = prefix;
        this.region = region;
        this.importRunDate = importRunDate;
    }

    String id(String key) {
        return prefix + key;
    }

    /** A valid id_number not used by any other candidate of any test. */
    String nextIdNumber() {
        int sequence = SEQUENCE.incrementAndGet();
        String first17 = region + "1990" + String.format("%02d%02d", 1 + sequence / 28 % 12, 1 + sequence % 28)
                + String.format("%03d", sequence % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** A candidate with an identity record under the same name; returns the id_number. */
    String candidate(String key, String name) {
        String idNumber = nextIdNumber();
        candidateOnly(key, idNumber, name);
        identity(idNumber, name);
        return idNumber;
    }

    void candidateOnly(String key, String idNumber, String name) {
        jdbc.sql("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source)
                VALUES (?, ?, ?, '13800138000', now(), 'BUNDLE')
                """).params(id(key), idNumber, name).update();
    }

    void identity(String idNumber, String name) {
        jdbc.sql("INSERT INTO identity_registry (id_number, name, snapshot_date) VALUES (?, ?, '2026-04-01')")
                .params(idNumber, name)
                .update();
    }

    /** An education row and, under the same certificate numbers, matching education and degree registry records. */
    void verifiedBachelor(String key, String idNumber, int seq, String major, String nameOnCertificate) {
        education(key, seq, "BACHELOR", major, "BACHELOR", "D" + seq, nameOnCertificate);
        educationRecord(key + "-E" + seq, idNumber, nameOnCertificate, "北京大学", major, "BACHELOR", GRADUATED);
        degreeRecord(key + "-D" + seq, idNumber, nameOnCertificate, "BACHELOR", "北京大学", major);
    }

    /** An education row at 北京大学; certificate_no = key-E<seq>, degree_certificate_no = key-<degreeCertSuffix>. */
    void education(
            String key,
            int seq,
            String level,
            String major,
            String degree,
            String degreeCertSuffix,
            String nameOnCertificate) {
        jdbc.sql("""
                INSERT INTO education (candidate_id, seq, level, school, major, graduation_date, certificate_no, degree,
                                       degree_certificate_no, name_on_certificate)
                VALUES (?, ?, ?, '北京大学', ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        id(key),
                        seq,
                        level,
                        major,
                        GRADUATED,
                        certificate(key + "-E" + seq),
                        degree,
                        degreeCertSuffix == null ? null : certificate(key + "-" + degreeCertSuffix),
                        nameOnCertificate)
                .update();
    }

    void educationRecord(
            String certKey,
            String idNumber,
            String name,
            String school,
            String major,
            String level,
            LocalDate graduated) {
        jdbc.sql("""
                INSERT INTO education_registry (certificate_no, id_number, name, school, major, level, graduation_date,
                                                snapshot_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, '2026-04-01')
                """)
                .params(certificate(certKey), idNumber, name, school, major, level, graduated)
                .update();
    }

    void degreeRecord(String certKey, String idNumber, String name, String degree, String school, String major) {
        jdbc.sql("""
                INSERT INTO degree_registry (certificate_no, id_number, name, degree, school, major, awarded_date,
                                             snapshot_date)
                VALUES (?, ?, ?, ?, ?, ?, '2015-07-01', '2026-04-01')
                """)
                .params(certificate(certKey), idNumber, name, degree, school, major)
                .update();
    }

    /** Certificate numbers keep leading zeros: they are strings. */
    String certificate(String key) {
        return "000" + prefix + key;
    }

    void job(String key, int seq, String start, String end, boolean socialWork) {
        jdbc.sql("""
                INSERT INTO work_experience (candidate_id, seq, employer_name, employer_credit_code, start_date, end_date,
                                             social_work)
                VALUES (?, ?, '社区服务中心', ?, ?, ?, ?)
                """)
                .params(
                        id(key),
                        seq,
                        EMPLOYER,
                        LocalDate.parse(start),
                        end == null ? null : LocalDate.parse(end),
                        socialWork)
                .update();
    }

    void span(String idNumber, String firstMonth, String lastMonth) {
        jdbc.sql("""
                INSERT INTO social_insurance_spans (id_number, employer_credit_code, first_month, last_month, snapshot_date)
                VALUES (?, ?, ?, ?, '2026-07-01')
                """)
                .params(idNumber, EMPLOYER, LocalDate.parse(firstMonth), LocalDate.parse(lastMonth))
                .update();
    }

    void archive(String idNumber, String violation, String decidedOn, String recordedUntil) {
        jdbc.sql("""
                INSERT INTO integrity_archive (id_number, exam_code, violation, decided_on, recorded_until, snapshot_date)
                VALUES (?, 'CPA', ?, ?, ?, '2026-04-01')
                """)
                .params(
                        idNumber,
                        violation,
                        LocalDate.parse(decidedOn),
                        recordedUntil == null ? null : LocalDate.parse(recordedUntil))
                .update();
    }

    /** An SW 2026 application of the candidate, loaded by the bundle import of this data's run date. */
    String application(String key, String candidateKey, String level, String commitment) {
        return application(key, candidateKey, level, commitment, importRunDate);
    }

    String application(String key, String candidateKey, String level, String commitment, LocalDate importedOn) {
        OffsetDateTime at = OffsetDateTime.of(2026, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        jdbc.sql("""
                INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code,
                                          commitment, committed_at, submitted_at, source, import_run_date)
                VALUES (?, ?, 'SW', 2026, ?, '11', ?, ?, ?, 'BUNDLE', ?)
                """)
                .params(
                        id(key),
                        id(candidateKey),
                        level,
                        commitment,
                        commitment.equals("COMMITTED") ? at : null,
                        at,
                        importedOn)
                .update();
        return id(key);
    }

    /** The candidate and application most tests start from: everything verifies, ASSISTANT needs no work months. */
    String goodApplication(String key) {
        String idNumber = candidate(key, "张三");
        verifiedBachelor(key, idNumber, 1, "社会工作", "张三");
        return application(key, key, "ASSISTANT", "COMMITTED");
    }

    /** The social-insurance snapshot's last month (one row per source: the latest import wins). */
    static void socialInsuranceSnapshot(JdbcClient jdbc, String lastMonth) {
        jdbc.sql("""
                INSERT INTO authority_snapshots (source, snapshot_date, bundle, row_count, last_month)
                VALUES ('social_insurance', '2026-07-01', 'test', 0, ?)
                ON CONFLICT (source) DO UPDATE SET last_month = EXCLUDED.last_month
                """).param(LocalDate.parse(lastMonth)).update();
    }
}
