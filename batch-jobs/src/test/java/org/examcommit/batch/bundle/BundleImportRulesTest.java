package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.bundle.TestBundles.bundle;
import static org.examcommit.batch.bundle.TestBundles.quarantine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The contract's row rules on the bundle {@code bundles/rules} (ids RJ-*): one bad row per rule, good rows around them. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleImportRulesTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 6, 1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    BundleImport bundleImport;

    @Autowired
    JdbcClient jdbc;

    ImportReport report;

    @BeforeAll
    void importRulesBundle() {
        report = bundleImport.importBundle(bundle("rules"), RUN_DATE);
    }

    @Test
    void reportsRowsLoadedAndQuarantinedPerDatasetInLoadOrder() {
        assertThat(report.runDate()).isEqualTo(RUN_DATE);
        assertThat(report.datasets())
                .containsExactly(
                        new DatasetReport("candidates", 4, 6),
                        new DatasetReport("education", 3, 8),
                        new DatasetReport("work_experience", 2, 7),
                        new DatasetReport("applications", 3, 7),
                        new DatasetReport("public_reports", 1, 2),
                        new DatasetReport("identity_registry", 3, 2),
                        new DatasetReport("education_registry", 1, 3),
                        new DatasetReport("degree_registry", 1, 1),
                        new DatasetReport("integrity_archive", 2, 1));
    }

    @Test
    void quarantinesEachBrokenRuleWithItsRowNumberAndColumn() {
        assertThat(quarantine(jdbc, RUN_DATE, "candidates"))
                .containsExactly(
                        "3 id_number", "5 phone", "6 candidate_id", "7 candidate_id", "8 registered_at", "9 name");
        assertThat(quarantine(jdbc, RUN_DATE, "education"))
                .containsExactly(
                        "3 seq",
                        "4 seq",
                        "5 level",
                        "6 candidate_id",
                        "7 certificate_no",
                        "8 graduation_date",
                        "10 candidate_id",
                        "11 degree");
        assertThat(quarantine(jdbc, RUN_DATE, "work_experience"))
                .containsExactly(
                        "2 employer_credit_code",
                        "3 end_date",
                        "4 social_work",
                        "5 employer_credit_code",
                        "7 seq",
                        "8 candidate_id",
                        "9 employer_credit_code");
        assertThat(quarantine(jdbc, RUN_DATE, "applications"))
                .containsExactly(
                        "4 level",
                        "5 province_code",
                        "6 commitment",
                        "7 candidate_id",
                        "8 application_id",
                        "9 exam_year",
                        "10 submitted_at");
        assertThat(quarantine(jdbc, RUN_DATE, "public_reports")).containsExactly("2 application_id", "3 reported_at");
        assertThat(quarantine(jdbc, RUN_DATE, "identity_registry")).containsExactly("3 id_number", "4 id_number");
        assertThat(quarantine(jdbc, RUN_DATE, "education_registry"))
                .containsExactly("2 certificate_no", "3 level", "4 graduation_date");
        assertThat(quarantine(jdbc, RUN_DATE, "degree_registry")).containsExactly("2 degree");
        assertThat(quarantine(jdbc, RUN_DATE, "integrity_archive")).containsExactly("2 violation");
    }

    @Test
    void reasonsNameTheRuleWithoutRepeatingTheValue() {
        Map<Long, String> reasons = reasons("candidates");
        assertThat(reasons.get(3L)).contains("check character");
        assertThat(reasons.get(5L)).contains("starting with 1");
        assertThat(reasons.get(6L)).isEqualTo("repeats the key (candidate_id) of data row 1");
        assertThat(reasons.get(7L)).isEqualTo("candidate_id must use ASCII digits only");
        assertThat(reasons.get(9L)).isEqualTo("name is required");
        assertThat(reasons("education").get(6L)).isEqualTo("candidate_id names no loaded candidate");
        assertThat(reasons("education").get(3L)).isEqualTo("seq must be between 1 and 5");
        assertThat(reasons("work_experience").get(3L)).isEqualTo("end_date is before start_date");
        assertThat(reasons("applications").get(5L)).isEqualTo("province_code is not a GB/T 2260 province code");
        assertThat(reasons("public_reports").get(2L)).isEqualTo("application_id names no loaded application");
        assertThat(jdbc.sql("SELECT reason FROM quarantine WHERE run_date = :d")
                        .param("d", RUN_DATE)
                        .query(String.class)
                        .list())
                .noneMatch(r -> r.contains("110101199001010016") || r.contains("23800138005"));
    }

    @Test
    void loadsTheGoodRowsAroundTheBadOnesWithIdentifiersTrimmed() {
        assertThat(jdbc.sql("SELECT candidate_id FROM candidates WHERE candidate_id LIKE 'RJ-%' ORDER BY candidate_id")
                        .query(String.class)
                        .list())
                .containsExactly("RJ-C1", "RJ-C11", "RJ-C2", "RJ-C4");
        assertThat(jdbc.sql("SELECT source FROM candidates WHERE candidate_id = 'RJ-C11'")
                        .query(String.class)
                        .single())
                .isEqualTo("BUNDLE");
    }

    @Test
    void upperCasesALowerCaseXCheckCharacter() {
        assertThat(jdbc.sql("SELECT id_number FROM candidates WHERE candidate_id = 'RJ-C2'")
                        .query(String.class)
                        .single())
                .isEqualTo("11010119900101004X");
        assertThat(jdbc.sql("SELECT name FROM identity_registry WHERE id_number = '11010119900101004X'")
                        .query(String.class)
                        .single())
                .isEqualTo("李四");
    }

    @Test
    void keepsLeadingZerosInCertificateNumbers() {
        assertThat(jdbc.sql(
                                "SELECT certificate_no || ' ' || degree_certificate_no FROM education WHERE candidate_id = 'RJ-C1' AND seq = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("0001234567 0009876543");
        assertThat(jdbc.sql("SELECT certificate_no FROM education_registry")
                        .query(String.class)
                        .list())
                .containsExactly("0001234567");
        assertThat(jdbc.sql("SELECT certificate_no FROM degree_registry")
                        .query(String.class)
                        .list())
                .containsExactly("0009876543");
    }

    @Test
    void fullWidthDigitsMakeAnIdentifierBadButBecomeAsciiInFreeText() {
        assertThat(jdbc.sql("SELECT name FROM candidates WHERE candidate_id = 'RJ-C4'")
                        .query(String.class)
                        .single())
                .isEqualTo("赵1");
        assertThat(jdbc.sql("SELECT major FROM education WHERE candidate_id = 'RJ-C2' AND seq = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("社会工作2班");
        assertThat(reasons("education").get(7L)).isEqualTo("certificate_no must use ASCII digits only");
        assertThat(reasons("applications").get(9L)).isEqualTo("exam_year must use ASCII digits only");
    }

    @Test
    void keepsTheFirstGoodRowOfARepeatedKey() {
        assertThat(jdbc.sql("SELECT name FROM candidates WHERE candidate_id = 'RJ-C1'")
                        .query(String.class)
                        .single())
                .isEqualTo("张三");
        assertThat(jdbc.sql("SELECT level FROM education WHERE candidate_id = 'RJ-C1' AND seq = 2")
                        .query(String.class)
                        .single())
                .isEqualTo("MASTER");
        // RJ-C2's first three seq-1 rows are bad: the first good one (data row 9) is the one that stays
        assertThat(jdbc.sql("SELECT certificate_no FROM education WHERE candidate_id = 'RJ-C2' AND seq = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("0002000001");
        assertThat(jdbc.sql("SELECT start_date::text FROM work_experience WHERE candidate_id = 'RJ-C1' AND seq = 1")
                        .query(String.class)
                        .single())
                .isEqualTo("2015-08-01");
        assertThat(jdbc.sql("SELECT candidate_id FROM applications WHERE application_id = 'RJ-A1'")
                        .query(String.class)
                        .single())
                .isEqualTo("RJ-C1");
    }

    @Test
    void loadsRepeatsTheRegistrationServiceWouldRefuse() {
        // two candidates on one phone, two applications of one candidate for one exam: evidence, not bad rows
        assertThat(jdbc.sql("SELECT count(*) FROM candidates WHERE phone = '13800138001' AND candidate_id LIKE 'RJ-%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM applications WHERE candidate_id = 'RJ-C1' AND exam_code = 'SW'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void masksIdNumberAndPhoneInTheQuarantineRecordAndKeepsTheRawRowApart() {
        Map<String, Object> row = jdbc.sql("""
                SELECT q.record AS masked, r.record AS raw FROM quarantine q JOIN quarantine_raw r USING (quarantine_id)
                 WHERE q.run_date = :d AND q.dataset = 'candidates' AND q.row_number = 3
                """).param("d", RUN_DATE).query().singleRow();
        assertThat(row.get("masked")).isEqualTo("RJ-C3,110101********0016,王五,138****8003,2025-01-05T10:02:00+08:00,");
        assertThat(row.get("raw")).isEqualTo("RJ-C3,110101199001010016,王五,13800138003,2025-01-05T10:02:00+08:00,");
        assertThat(jdbc.sql(
                                "SELECT record FROM quarantine WHERE dataset = 'public_reports' AND run_date = :d AND row_number = 3")
                        .param("d", RUN_DATE)
                        .query(String.class)
                        .single())
                .isEqualTo("RJ-A2,yesterday,WEB,时间不对");
    }

    @Test
    void loadsApplicationsAwaitingOnlineVerificationWithAnEvent() {
        Map<String, Object> app = jdbc.sql("""
                SELECT status, source, import_run_date, province_code, exam_year, paid_at IS NOT NULL AS paid
                  FROM applications WHERE application_id = 'RJ-A1'
                """).query().singleRow();
        assertThat(app)
                .containsEntry("status", "AWAITING_ONLINE_VERIFICATION")
                .containsEntry("source", "BUNDLE")
                .containsEntry("import_run_date", java.sql.Date.valueOf(RUN_DATE))
                .containsEntry("province_code", "11")
                .containsEntry("exam_year", 2026)
                .containsEntry("paid", true);
        assertThat(jdbc.sql("SELECT status || ' ' || reason FROM application_events WHERE application_id = 'RJ-A2'")
                        .query(String.class)
                        .list())
                .containsExactly("AWAITING_ONLINE_VERIFICATION imported from bundle");
        assertThat(jdbc.sql("SELECT summary FROM public_reports WHERE application_id = 'RJ-A1'")
                        .query(String.class)
                        .single())
                .isEqualTo("举报:学历造假, 请核实 \"北京大学\"");
    }

    @Test
    void recordsEachAuthoritySnapshotWithTheRunDate() {
        assertThat(jdbc.sql(
                                "SELECT source || ' ' || snapshot_date || ' ' || row_count FROM authority_snapshots WHERE source <> 'social_insurance' ORDER BY source")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "degree_registry 2026-06-01 1",
                        "education_registry 2026-06-01 1",
                        "identity_registry 2026-06-01 3",
                        "integrity_archive 2026-06-01 2");
        assertThat(jdbc.sql("SELECT DISTINCT snapshot_date FROM identity_registry")
                        .query(LocalDate.class)
                        .list())
                .containsExactly(RUN_DATE);
        assertThat(jdbc.sql("SELECT count(*) FROM integrity_archive WHERE recorded_until IS NULL")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void importingTheSameBundleAgainChangesNothing() {
        List<String> before = state();

        ImportReport again = bundleImport.importBundle(bundle("rules"), RUN_DATE);

        assertThat(again).isEqualTo(report);
        assertThat(state()).isEqualTo(before);
    }

    private List<String> state() {
        return jdbc.sql("""
                SELECT 'c ' || candidate_id || id_number || name || phone || registered_at || updated_at FROM candidates WHERE candidate_id LIKE 'RJ-%'
                UNION ALL SELECT 'e ' || candidate_id || seq || certificate_no || created_at FROM education WHERE candidate_id LIKE 'RJ-%'
                UNION ALL SELECT 'w ' || candidate_id || seq || start_date || updated_at FROM work_experience WHERE candidate_id LIKE 'RJ-%'
                UNION ALL SELECT 'a ' || application_id || status || import_run_date || updated_at FROM applications WHERE application_id LIKE 'RJ-%'
                UNION ALL SELECT 'v ' || count(*) FROM application_events WHERE application_id LIKE 'RJ-%'
                UNION ALL SELECT 'r ' || count(*) FROM public_reports WHERE application_id LIKE 'RJ-%'
                UNION ALL SELECT 'q ' || dataset || row_number || reason || record FROM quarantine WHERE run_date = DATE '2026-06-01'
                UNION ALL SELECT 's ' || source || snapshot_date || row_count || imported_at FROM authority_snapshots
                UNION ALL SELECT 'i ' || count(*) FROM identity_registry
                ORDER BY 1
                """).query(String.class).list();
    }

    private Map<Long, String> reasons(String dataset) {
        Map<Long, String> reasons = new java.util.HashMap<>();
        jdbc.sql("SELECT row_number, reason FROM quarantine WHERE run_date = :d AND dataset = :ds")
                .param("d", RUN_DATE)
                .param("ds", dataset)
                .query(rs -> {
                    reasons.put(rs.getLong(1), rs.getString(2));
                });
        return reasons;
    }
}
