package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.bundle.TestBundles.bundle;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.examcommit.batch.io.CsvRowReader;
import org.examcommit.batch.io.ParquetTableWriter;
import org.examcommit.batch.io.ParquetTableWriter.Column;
import org.examcommit.batch.io.ParquetTableWriter.Type;
import org.examcommit.batch.io.Row;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same bundle as CSV and as Parquet loads the same rows and quarantines the same rows (ids PQ-*, PT-*). */
@SpringBootTest
class BundleFormatsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    BundleImport bundleImport;

    @Autowired
    JdbcClient jdbc;

    @Test
    void csvAndParquetBundlesLoadAndQuarantineTheSameRows(@TempDir Path dir) throws IOException {
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Path parquet = Files.createDirectories(dir.resolve("parquet"));
        writeBothFormats(bundle("rules"), csv, parquet);
        LocalDate csvDate = LocalDate.of(2026, 6, 11);
        LocalDate parquetDate = LocalDate.of(2026, 6, 12);

        ImportReport fromCsv = bundleImport.importBundle(csv, csvDate);
        List<String> csvRows = loadedRows();
        List<String> csvQuarantine = quarantine(csvDate);
        ImportReport fromParquet = bundleImport.importBundle(parquet, parquetDate);

        assertThat(fromParquet.datasets()).isEqualTo(fromCsv.datasets());
        assertThat(loadedRows()).isEqualTo(csvRows).hasSize(20);
        assertThat(quarantine(parquetDate)).isEqualTo(csvQuarantine).hasSize(37);
    }

    @Test
    void typedParquetColumnsLoadAsTheirContractText(@TempDir Path dir) throws IOException {
        try (ParquetTableWriter w = ParquetTableWriter.create(
                dir.resolve("candidates.parquet"),
                List.of(
                        Column.of("candidate_id", Type.STRING),
                        Column.of("id_number", Type.STRING),
                        Column.of("name", Type.STRING),
                        Column.of("phone", Type.STRING),
                        Column.of("registered_at", Type.TIMESTAMP)))) {
            w.write("PT-C1", "31010119850505003x", "欧阳娜娜", "13900139003", Instant.parse("2025-02-01T00:00:00Z"));
        }
        try (ParquetTableWriter w = ParquetTableWriter.create(
                dir.resolve("work_experience.parquet"),
                List.of(
                        Column.of("candidate_id", Type.STRING),
                        Column.of("seq", Type.INT),
                        Column.of("employer_name", Type.STRING),
                        Column.of("employer_credit_code", Type.STRING),
                        Column.of("start_date", Type.DATE),
                        Column.of("end_date", Type.DATE),
                        Column.of("social_work", Type.BOOLEAN)))) {
            w.write("PT-C1", 1, "社工站", "91310000MA1FL8XX3B", LocalDate.of(2018, 4, 1), null, true);
            w.write("PT-C1", 2, "社工站", "91310000MA1FL8XX3B", LocalDate.of(2018, 4, 1), LocalDate.of(2017, 1, 1), false);
        }

        ImportReport report = bundleImport.importBundle(dir, LocalDate.of(2026, 6, 13));

        assertThat(report.datasets())
                .containsExactly(
                        new ImportReport.DatasetReport("candidates", 1, 0),
                        new ImportReport.DatasetReport("work_experience", 1, 1));
        assertThat(jdbc.sql(
                                "SELECT id_number || ' ' || (registered_at = TIMESTAMPTZ '2025-02-01T00:00:00Z') FROM candidates WHERE candidate_id = 'PT-C1'")
                        .query(String.class)
                        .single())
                .isEqualTo("31010119850505003X true");
        assertThat(jdbc.sql(
                                "SELECT seq || ' ' || start_date || ' ' || coalesce(end_date::text, 'open') || ' ' || social_work FROM work_experience WHERE candidate_id = 'PT-C1'")
                        .query(String.class)
                        .list())
                .containsExactly("1 2018-04-01 open true");
    }

    /** Rewrites every dataset of a CSV bundle with PQ- ids, as CSV and as all-text Parquet (candidates in two part files). */
    private static void writeBothFormats(Path source, Path csv, Path parquet) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(source)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".csv", "");
            List<String> columns;
            List<String[]> rows = new ArrayList<>();
            try (CsvRowReader reader = CsvRowReader.open(file)) {
                columns = reader.columns().names();
                for (Row row = reader.next(); row != null; row = reader.next()) {
                    String[] values = row.values();
                    for (int i = 0; i < values.length; i++) {
                        values[i] = values[i] == null ? null : values[i].replace("RJ-", "PQ-");
                    }
                    rows.add(values);
                }
            }
            try (Writer out = Files.newBufferedWriter(csv.resolve(name + ".csv"), StandardCharsets.UTF_8);
                    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
                printer.printRecord(columns);
                for (String[] row : rows) {
                    printer.printRecord((Object[]) row);
                }
            }
            List<Column> schema =
                    columns.stream().map(c -> Column.of(c, Type.STRING)).toList();
            if (name.equals("candidates")) {
                Path folder = Files.createDirectories(parquet.resolve("candidates.parquet"));
                int half = rows.size() / 2;
                writeParquet(folder.resolve("part-00000.parquet"), schema, rows.subList(0, half));
                writeParquet(folder.resolve("part-00001.parquet"), schema, rows.subList(half, rows.size()));
            } else {
                writeParquet(parquet.resolve(name + ".parquet"), schema, rows);
            }
        }
    }

    private static void writeParquet(Path file, List<Column> schema, List<String[]> rows) throws IOException {
        try (ParquetTableWriter w = ParquetTableWriter.create(file, schema)) {
            for (String[] row : rows) {
                w.write((Object[]) row);
            }
        }
    }

    private List<String> loadedRows() {
        return jdbc.sql("""
                SELECT concat_ws('|', 'c', candidate_id, id_number, name, phone, registered_at) FROM candidates WHERE candidate_id LIKE 'PQ-%'
                UNION ALL SELECT concat_ws('|', 'e', candidate_id, seq, level, school, major, graduation_date, certificate_no,
                       degree, degree_certificate_no, name_on_certificate) FROM education WHERE candidate_id LIKE 'PQ-%'
                UNION ALL SELECT concat_ws('|', 'w', candidate_id, seq, employer_name, employer_credit_code, start_date, end_date,
                       social_work) FROM work_experience WHERE candidate_id LIKE 'PQ-%'
                UNION ALL SELECT concat_ws('|', 'a', application_id, candidate_id, exam_code, exam_year, level, province_code,
                       commitment, committed_at, withdrawn_at, submitted_at, paid_at, status) FROM applications WHERE application_id LIKE 'PQ-%'
                UNION ALL SELECT concat_ws('|', 'r', application_id, reported_at, channel, summary) FROM public_reports WHERE application_id LIKE 'PQ-%'
                UNION ALL SELECT concat_ws('|', 'i', id_number, name) FROM identity_registry
                UNION ALL SELECT concat_ws('|', 'er', certificate_no, id_number, name, school, major, level, graduation_date) FROM education_registry
                UNION ALL SELECT concat_ws('|', 'dr', certificate_no, id_number, name, degree, school, major, awarded_date) FROM degree_registry
                UNION ALL SELECT concat_ws('|', 'ia', id_number, exam_code, violation, decided_on, recorded_until) FROM integrity_archive
                ORDER BY 1
                """).query(String.class).list();
    }

    private List<String> quarantine(LocalDate runDate) {
        return jdbc.sql("""
                SELECT concat_ws('|', q.dataset, q.row_number, q.column_name, q.reason, q.record, r.record)
                  FROM quarantine q JOIN quarantine_raw r USING (quarantine_id)
                 WHERE q.run_date = :d ORDER BY q.dataset, q.row_number
                """).param("d", runDate).query(String.class).list();
    }
}
