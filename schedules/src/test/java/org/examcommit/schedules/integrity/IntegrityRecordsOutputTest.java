package org.examcommit.schedules.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.batch.io.ParquetRowReader;
import org.examcommit.batch.io.Row;
import org.examcommit.batch.io.RunDateOutput;
import org.examcommit.registration.testsupport.TestDatabase;
import org.examcommit.schedules.PlatformApplication;
import org.examcommit.schedules.export.CsvExport;
import org.examcommit.schedules.export.OutputDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * integrity_records (contract §2): the night writes the Parquet of its date's and the day before's
 * decisions, replaced on a re-run; {@code export integrity_records --date} selects by decided_on.
 */
@SpringBootTest(
        classes = PlatformApplication.class,
        properties = {
            "spring.quartz.auto-startup=false",
            "spring.main.lazy-initialization=true",
            "examcommit.analytics.home=../analytics/target"
        })
class IntegrityRecordsOutputTest {

    private static final LocalDate NIGHT = LocalDate.of(2032, 3, 10);

    @TempDir
    static Path outputRoot;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("examcommit.output-root", outputRoot::toString);
    }

    @Autowired
    IntegrityRecordsOutput output;

    @Autowired
    CsvExport export;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void records() {
        jdbc.sql("DELETE FROM integrity_records WHERE decided_on BETWEEN ? AND ?")
                .params(NIGHT.minusDays(2), NIGHT)
                .update();
        record("110101199001011237", "IR-TODAY-B", "REGISTRATION_VOID", NIGHT);
        record("110101199001011237", "IR-TODAY-A", null, NIGHT);
        record("220102198505050014", "IR-YESTERDAY", "SCORES_VOID", NIGHT.minusDays(1));
        record("330106197703030019", "IR-OLDER", "CERTIFICATE_VOID", NIGHT.minusDays(2));
    }

    @Test
    void theNightWritesItsDatesAndTheDayBeforesDecisionsAndAReRunReplacesThem() throws Exception {
        assertThat(output.publish(NIGHT)).isEqualTo("integrity records 2, the day before 1");
        assertThat(output.publish(NIGHT)).isEqualTo("integrity records 2, the day before 1");

        assertThat(parquet(NIGHT))
                .containsExactly(
                        "110101199001011237|IR-TODAY-A|PE_CODE|FALSE_COMMITMENT|null|basis of IR-TODAY-A|2032-03-10|2037-03-09",
                        "110101199001011237|IR-TODAY-B|PE_CODE|FALSE_COMMITMENT|REGISTRATION_VOID|basis of IR-TODAY-B|2032-03-10|2037-03-09");
        assertThat(parquet(NIGHT.minusDays(1)))
                .containsExactly(
                        "220102198505050014|IR-YESTERDAY|PE_CODE|FALSE_COMMITMENT|SCORES_VOID|basis of IR-YESTERDAY|2032-03-09|2037-03-08");
        assertThat(RunDateOutput.folder(outputRoot, "integrity_records", NIGHT.minusDays(2)))
                .as("older days are not the night's")
                .doesNotExist();
    }

    @Test
    void theExportSelectsByDecidedOnWithTheContractsColumns() throws Exception {
        Path csv = outputRoot.resolve("integrity_records.csv");
        long rows = export.export(OutputDataset.INTEGRITY_RECORDS, NIGHT.minusDays(1), csv);

        assertThat(rows).isEqualTo(1);
        assertThat(Files.readAllLines(csv))
                .containsExactly(
                        "id_number,application_id,exam_code,finding,disposition,basis,decided_on,recorded_until",
                        "220102198505050014,IR-YESTERDAY,PE_CODE,FALSE_COMMITMENT,SCORES_VOID,basis of IR-YESTERDAY,2032-03-09,2037-03-08");
        assertThat(OutputDataset.INTEGRITY_RECORDS.writtenBy())
                .as("officers decide in the day: no night needed for the export")
                .isEmpty();
    }

    private void record(String idNumber, String applicationId, String disposition, LocalDate decidedOn) {
        jdbc.sql("""
                        INSERT INTO integrity_records (id_number, application_id, exam_code, finding, disposition, basis,
                                                       decided_on, recorded_until, decided_by)
                        VALUES (?, ?, 'PE_CODE', 'FALSE_COMMITMENT', ?, ?, ?, ?, 'officer-1')""")
                .params(
                        idNumber,
                        applicationId,
                        disposition,
                        "basis of " + applicationId,
                        decidedOn,
                        decidedOn.plusYears(5).minusDays(1))
                .update();
    }

    private static List<String> parquet(LocalDate date) throws Exception {
        List<String> rows = new ArrayList<>();
        try (ParquetRowReader reader =
                ParquetRowReader.open(RunDateOutput.folder(outputRoot, "integrity_records", date))) {
            assertThat(reader.columns().names())
                    .containsExactly(
                            "id_number",
                            "application_id",
                            "exam_code",
                            "finding",
                            "disposition",
                            "basis",
                            "decided_on",
                            "recorded_until");
            for (Row row = reader.next(); row != null; row = reader.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < reader.columns().size(); i++) {
                    values.add(String.valueOf(row.get(i)));
                }
                rows.add(String.join("|", values));
            }
        }
        rows.sort(null);
        return rows;
    }
}
