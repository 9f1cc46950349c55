package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.examcommit.batch.bundle.TestBundles.bundle;
import static org.examcommit.batch.bundle.TestBundles.quarantine;

import java.nio.file.Path;
import java.time.LocalDate;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Authority snapshots (social-insurance compaction, replacement by a newer snapshot) and whole-file refusals. */
@SpringBootTest
class AuthoritySnapshotImportTest {

    private static final LocalDate OLD = LocalDate.of(2026, 6, 21);
    private static final LocalDate NEW = LocalDate.of(2026, 6, 22);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    BundleImport bundleImport;

    @Autowired
    JdbcClient jdbc;

    @Test
    void compactsMonthlySocialInsuranceRowsIntoSpans() {
        ImportReport report = bundleImport.importBundle(bundle("snapshot-old"), OLD);

        assertThat(report.datasets())
                .containsExactly(
                        new DatasetReport("identity_registry", 2, 0), new DatasetReport("social_insurance", 10, 3));
        // a gap (April) gives two spans; 2020-03-15 stands for March, delivered twice it counts once;
        // lower-case x is the same person as upper-case X
        assertThat(spans())
                .containsExactly(
                        "110101199001010111 91110108MA01XY8K2P 2020-01-01 2020-03-01",
                        "110101199001010111 91110108MA01XY8K2P 2020-05-01 2020-07-01",
                        "110101199001010111 91310000MA1FL8XX3B 2021-01-01 2021-01-01",
                        "11010119900101012X 91110108MA01XY8K2P 2019-12-01 2020-01-01");
        assertThat(quarantine(jdbc, OLD, "social_insurance"))
                .containsExactly("10 id_number", "11 employer_credit_code", "12 month");
        assertThat(jdbc.sql(
                                "SELECT row_count || ' ' || last_month || ' ' || snapshot_date FROM authority_snapshots WHERE source = 'social_insurance'")
                        .query(String.class)
                        .single())
                .isEqualTo("10 2021-01-01 2026-06-21");
    }

    @Test
    void aNewerSnapshotReplacesEveryRowOfTheOlderOne() {
        bundleImport.importBundle(bundle("snapshot-old"), OLD);

        bundleImport.importBundle(bundle("snapshot-new"), NEW);

        assertThat(spans()).containsExactly("110101199001010138 91110108MA01XY8K2P 2022-03-01 2022-03-01");
        assertThat(jdbc.sql("SELECT id_number || ' ' || name || ' ' || snapshot_date FROM identity_registry")
                        .query(String.class)
                        .list())
                .containsExactly("110101199001010138 黄三 2026-06-22");
        assertThat(jdbc.sql(
                                "SELECT source || ' ' || snapshot_date || ' ' || row_count || ' ' || coalesce(last_month::text, '-') FROM authority_snapshots WHERE source IN ('identity_registry', 'social_insurance') ORDER BY source")
                        .query(String.class)
                        .list())
                .containsExactly("identity_registry 2026-06-22 1 -", "social_insurance 2026-06-22 1 2022-03-01");
    }

    @Test
    void refusesAFileMissingARequiredColumnWithOneQuarantineRow() {
        LocalDate runDate = LocalDate.of(2026, 6, 23);

        ImportReport report = bundleImport.importBundle(bundle("missing-column"), runDate);

        assertThat(report.datasets())
                .containsExactly(new DatasetReport("candidates", 0, 1), new DatasetReport("applications", 0, 1));
        assertThat(jdbc.sql(
                                "SELECT row_number || ' ' || column_name || ' ' || reason || ' ' || record FROM quarantine WHERE run_date = :d AND dataset = 'candidates'")
                        .param("d", runDate)
                        .query(String.class)
                        .list())
                .containsExactly("0 phone missing required column phone candidate_id,id_number,name,registered_at");
        // nothing of the refused file loads, so the application naming its candidate is bad too
        assertThat(quarantine(jdbc, runDate, "applications")).containsExactly("1 candidate_id");
        assertThat(jdbc.sql("SELECT count(*) FROM candidates WHERE candidate_id LIKE 'MC-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFailedDatasetLeavesNothingHalfWritten() {
        assertThatThrownBy(() -> bundleImport.importBundle(bundle("broken"), LocalDate.of(2026, 6, 24)))
                .isInstanceOf(BundleImportException.class)
                .hasMessageContaining("applications: CSV ends inside a quoted field");

        // the candidates step committed; the applications step rolled back, its good first row too
        assertThat(jdbc.sql("SELECT count(*) FROM candidates WHERE candidate_id = 'FX-C1'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM applications WHERE application_id LIKE 'FX-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAFolderThatIsNotABundle(@TempDir Path empty) {
        assertThatThrownBy(() -> bundleImport.importBundle(empty, OLD))
                .isInstanceOf(BundleImportException.class)
                .hasMessageStartingWith("not a bundle: ");
        assertThatThrownBy(() -> bundleImport.importBundle(empty.resolve("absent"), OLD))
                .isInstanceOf(BundleImportException.class)
                .hasMessageContaining("is not a folder");
    }

    private java.util.List<String> spans() {
        return jdbc.sql("""
                SELECT id_number || ' ' || employer_credit_code || ' ' || first_month || ' ' || last_month
                  FROM social_insurance_spans ORDER BY 1
                """).query(String.class).list();
    }
}
