package org.examcommit.schedules.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.batch.bundle.BundleImport;
import org.examcommit.registration.candidate.IdNumber;
import org.examcommit.registration.testsupport.TestDatabase;
import org.examcommit.schedules.PlatformApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gate stage on snapshots the real import loaded and profiled in the database (no Spark): bundles of
 * authority datasets only, written as CSV, imported night after night, then judged.
 */
@SpringBootTest(
        classes = PlatformApplication.class,
        properties = {"spring.quartz.auto-startup=false", "spring.main.lazy-initialization=true"})
class SnapshotGateTest {

    private static final LocalDate NIGHT_1 = LocalDate.of(2040, 3, 1);
    private static final LocalDate NIGHT_2 = NIGHT_1.plusMonths(1);
    private static final LocalDate NIGHT_3 = NIGHT_2.plusMonths(1);
    private static final LocalDate FIRST_MONTH = LocalDate.of(2038, 1, 1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    BundleImport bundleImport;

    @Autowired
    SnapshotGate gate;

    @Autowired
    SnapshotProfileStore store;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @BeforeEach
    @AfterEach
    void forgetTheSnapshots() {
        jdbc.sql("DELETE FROM snapshot_profiles").update();
        jdbc.sql("DELETE FROM authority_snapshots").update();
        jdbc.sql("TRUNCATE social_insurance_spans, integrity_archive").update();
        jdbc.sql("DELETE FROM quarantine WHERE run_date >= '2040-01-01'").update();
    }

    @Test
    void profilesTheSnapshotInTheImportAndAcceptsTheFirstAsItIs() throws IOException {
        List<String> rows = insuranceRows(200, 24);
        rows.add("110101XXXX,911100001000000001,2039-12-01");
        importBundle(NIGHT_1, "social_insurance", "id_number,employer_credit_code,month", rows);

        SnapshotProfile profile = store.find("social_insurance", NIGHT_1).orElseThrow();
        assertThat(profile.rowCount()).isEqualTo(rows.size() - 1);
        assertThat(profile.quarantined()).isEqualTo(1);
        assertThat(profile.distinctPersons()).isEqualTo(200);
        assertThat(profile.firstMonth()).isEqualTo(FIRST_MONTH);
        assertThat(profile.lastMonth()).isEqualTo(FIRST_MONTH.plusMonths(23));
        assertThat(profile.rowsOf(FIRST_MONTH)).as("persons 0, 6, ..., 198").isEqualTo(34);
        assertThat(profile.rowsOf(FIRST_MONTH.plusMonths(23))).isEqualTo(200);
        assertThat(profile.quarantineRates().get("id_number")).isEqualTo(1.0 / rows.size());
        assertThat(profile.contentSha256()).hasSize(64);
        assertThat(profile.status()).isEqualTo(SnapshotProfile.PENDING);

        assertThat(gate.judge(NIGHT_1)).isEqualTo("snapshots: 0 passed, 1 first of their dataset, 0 accepted before");
        assertThat(store.find("social_insurance", NIGHT_1).orElseThrow().status())
                .isEqualTo(SnapshotProfile.ACCEPTED);
    }

    @Test
    void normalGrowthPassesAndASnapshotCutInHalfIsRefusedUntilAccepted() throws IOException {
        importBundle(NIGHT_1, "social_insurance", "id_number,employer_credit_code,month", insuranceRows(200, 24));
        gate.judge(NIGHT_1);
        List<String> grown = insuranceRows(220, 25);
        importBundle(NIGHT_2, "social_insurance", "id_number,employer_credit_code,month", grown);
        assertThat(gate.judge(NIGHT_2)).isEqualTo("snapshots: 1 passed, 0 first of their dataset, 0 accepted before");

        importBundle(
                NIGHT_3,
                "social_insurance",
                "id_number,employer_credit_code,month",
                grown.subList(0, grown.size() / 2));

        assertThatThrownBy(() -> gate.judge(NIGHT_3))
                .isInstanceOf(SnapshotRefusedException.class)
                .hasMessageStartingWith("the social_insurance snapshot of " + NIGHT_3 + ": row_count " + grown.size()
                        + " (last accepted, " + NIGHT_2 + ") -> " + grown.size() / 2 + " tonight (fell 50.0 %")
                .hasMessageContaining(
                        "./pipeline accept-snapshot --date " + NIGHT_3 + " social_insurance --reason TEXT")
                .hasMessageEndingWith("then ./pipeline retry --date " + NIGHT_3);
        assertThat(store.find("social_insurance", NIGHT_3).orElseThrow().status())
                .isEqualTo(SnapshotProfile.REFUSED);

        assertThat(store.accept("social_insurance", NIGHT_3, "officer", "the partner confirmed the cut"))
                .isTrue();
        assertThat(gate.judge(NIGHT_3)).isEqualTo("snapshots: 0 passed, 0 first of their dataset, 1 accepted before");
        assertThat(store.find("social_insurance", NIGHT_3).orElseThrow().verdict())
                .isEqualTo("accepted by officer: the partner confirmed the cut");
        assertThat(store.accept("social_insurance", NIGHT_3, "officer", "again"))
                .as("only a refused snapshot is accepted")
                .isFalse();
    }

    @Test
    void aSnapshotMissingItsLastThreeMonthsIsRefused() throws IOException {
        importBundle(NIGHT_1, "social_insurance", "id_number,employer_credit_code,month", insuranceRows(200, 36));
        gate.judge(NIGHT_1);
        importBundle(NIGHT_2, "social_insurance", "id_number,employer_credit_code,month", insuranceRows(200, 33));

        assertThatThrownBy(() -> gate.judge(NIGHT_2))
                .isInstanceOf(SnapshotRefusedException.class)
                .hasMessageStartingWith("the social_insurance snapshot of " + NIGHT_2 + ": last_month "
                        + FIRST_MONTH.plusMonths(35) + " (last accepted, " + NIGHT_1 + ") -> "
                        + FIRST_MONTH.plusMonths(32) + " tonight (went backwards)");
    }

    @Test
    void anIntegrityArchiveThatLostMostOfItsRowsIsRefused() throws IOException {
        String header = "id_number,exam_code,violation,decided_on,recorded_until";
        List<String> archive = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            archive.add(idNumber(i) + ",SW," + (i % 2 == 0 ? "SERIOUS" : "FALSE_COMMITMENT") + ",2035-06-01,"
                    + (i % 4 == 0 ? "" : "2040-06-01"));
        }
        importBundle(NIGHT_1, "integrity_archive", header, archive);
        SnapshotProfile first = store.find("integrity_archive", NIGHT_1).orElseThrow();
        assertThat(first.nullRates().get("recorded_until")).isEqualTo(0.25);
        assertThat(first.nullRates().get("id_number")).isZero();
        assertThat(first.codeShares())
                .containsEntry("violation=SERIOUS", 0.5)
                .containsEntry("violation=FALSE_COMMITMENT", 0.5);
        gate.judge(NIGHT_1);

        importBundle(NIGHT_2, "integrity_archive", header, archive.subList(0, 10));

        assertThatThrownBy(() -> gate.judge(NIGHT_2))
                .isInstanceOf(SnapshotRefusedException.class)
                .hasMessageStartingWith(
                        "the integrity_archive snapshot of " + NIGHT_2 + ": row_count 100 (last accepted, " + NIGHT_1
                                + ") -> 10 tonight (fell 90.0 %, more than 10 %) and 1 more measure(s)");
    }

    /** Person p (0..persons-1) insured at one employer from month p % 6 to the last of {@code months} months. */
    private static List<String> insuranceRows(int persons, int months) {
        List<String> rows = new ArrayList<>();
        for (int p = 0; p < persons; p++) {
            for (int m = p % 6; m < months; m++) {
                rows.add(idNumber(p) + ",911100001000000001," + FIRST_MONTH.plusMonths(m));
            }
        }
        return rows;
    }

    private static String idNumber(int i) {
        String first17 = "11010119800101" + String.format("%03d", i);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private void importBundle(LocalDate night, String dataset, String header, List<String> rows) throws IOException {
        Path bundle = Files.createDirectories(work.resolve(dataset + "-" + night));
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(rows);
        Files.write(bundle.resolve(dataset + ".csv"), lines);
        bundleImport.importBundle(bundle, night);
    }
}
