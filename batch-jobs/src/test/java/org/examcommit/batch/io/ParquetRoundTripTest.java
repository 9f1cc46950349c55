package org.examcommit.batch.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.examcommit.batch.io.ParquetTableWriter.Column;
import org.examcommit.batch.io.ParquetTableWriter.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRoundTripTest {

    private static final List<Column> COLUMNS = List.of(
            Column.of("certificate_no", Type.STRING),
            Column.of("exam_year", Type.INT),
            Column.of("months", Type.LONG),
            Column.of("social_work", Type.BOOLEAN),
            Column.of("graduation_date", Type.DATE),
            Column.of("submitted_at", Type.TIMESTAMP),
            Column.of("reasons", Type.STRING_ARRAY),
            Column.of("score", Type.DOUBLE));

    @Test
    void writtenRowsReadBackAsContractText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("education.parquet");
        try (ParquetTableWriter w = ParquetTableWriter.create(file, COLUMNS)) {
            w.write(
                    "000123",
                    2026,
                    7L,
                    true,
                    LocalDate.of(2010, 7, 1),
                    Instant.parse("2026-03-01T08:00:00Z"),
                    List.of("IDENTITY_FAIL", "INELIGIBLE"),
                    0.5);
            w.write(null, null, null, null, null, null, null, null);
            w.write("7", -1, Long.MAX_VALUE, false, LocalDate.of(1970, 1, 1), Instant.EPOCH, List.of(), -2.25);
            w.write("8", null, null, null, null, null, new String[] {"ONLY", null}, null);
        }
        try (RowReader reader = Datasets.open(dir, "education").orElseThrow()) {
            assertThat(reader.columns().names())
                    .containsExactly(
                            "certificate_no",
                            "exam_year",
                            "months",
                            "social_work",
                            "graduation_date",
                            "submitted_at",
                            "reasons",
                            "score");
            Row row = reader.next();
            assertThat(row.number()).isEqualTo(1);
            assertThat(row.asMap())
                    .containsEntry("certificate_no", "000123")
                    .containsEntry("exam_year", "2026")
                    .containsEntry("months", "7")
                    .containsEntry("social_work", "true")
                    .containsEntry("graduation_date", "2010-07-01")
                    .containsEntry("submitted_at", "2026-03-01T08:00Z")
                    .containsEntry("reasons", "IDENTITY_FAIL;INELIGIBLE")
                    .containsEntry("score", "0.5");
            Row empty = reader.next();
            assertThat(empty.values()).containsOnlyNulls();
            // an empty list is a present, empty value, not a missing one
            assertThat(reader.next().asMap())
                    .containsEntry("certificate_no", "7")
                    .containsEntry("exam_year", "-1")
                    .containsEntry("months", Long.toString(Long.MAX_VALUE))
                    .containsEntry("social_work", "false")
                    .containsEntry("graduation_date", "1970-01-01")
                    .containsEntry("reasons", "")
                    .containsEntry("score", "-2.25");
            assertThat(reader.next().asMap()).containsEntry("reasons", "ONLY").containsEntry("exam_year", null);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheColumn(@TempDir Path dir) throws IOException {
        try (ParquetTableWriter w = ParquetTableWriter.create(dir.resolve("x.parquet"), COLUMNS)) {
            assertThatThrownBy(() -> w.write("1", "2026", null, null, null, null, null, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("column exam_year (INT) cannot take a String");
            assertThatThrownBy(() -> w.write("1", 2026))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("expected 8 values, got 2");
        }
    }

    @Test
    void folderOfPartFilesIsReadInNameOrder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("candidates.parquet"));
        List<Column> columns = List.of(Column.of("candidate_id", Type.STRING));
        for (String part : List.of("part-00001.parquet", "part-00000.parquet")) {
            try (ParquetTableWriter w = ParquetTableWriter.create(folder.resolve(part), columns)) {
                w.write(part + "-a");
                w.write(part + "-b");
            }
        }
        Files.writeString(folder.resolve("_SUCCESS"), "");
        List<String> ids = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        try (RowReader reader = Datasets.open(dir, "candidates").orElseThrow()) {
            for (Row r = reader.next(); r != null; r = reader.next()) {
                ids.add(r.get("candidate_id"));
                numbers.add(r.number());
            }
        }
        assertThat(ids)
                .containsExactly(
                        "part-00000.parquet-a", "part-00000.parquet-b", "part-00001.parquet-a", "part-00001.parquet-b");
        assertThat(numbers).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void runDateOutputReplacesThePreviousRunOfTheSameDate(@TempDir Path root) throws IOException {
        LocalDate day = LocalDate.of(2026, 6, 1);
        List<Column> columns = List.of(Column.of("application_id", Type.STRING));
        RunDateOutput.write(root, "verification_results", day, columns, w -> {
            w.write("A1");
            w.write("A2");
        });
        Path part = RunDateOutput.write(root, "verification_results", day, columns, w -> w.write("A3"));

        assertThat(part).isEqualTo(root.resolve("verification_results/run_date=2026-06-01/part-0.parquet"));
        try (RowReader reader = ParquetRowReader.open(part)) {
            assertThat(reader.next().get("application_id")).isEqualTo("A3");
            assertThat(reader.next()).isNull();
        }
        try (var files = Files.list(root.resolve("verification_results"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("run_date=2026-06-01");
        }
    }

    @Test
    void runDateOutputRemovesWhatAKilledRunOfTheSameDateLeftHalfWritten(@TempDir Path root) throws IOException {
        LocalDate day = LocalDate.of(2026, 6, 1);
        Path folder = Files.createDirectories(root.resolve("verification_results"));
        // a run killed while writing, and one killed between its two renames (the target already moved aside)
        Files.write(
                Files.createDirectory(folder.resolve(".run_date=2026-06-01.tmp-dead"))
                        .resolve("part-0.parquet"),
                new byte[] {1});
        Files.createDirectory(folder.resolve(".run_date=2026-06-01.old-dead"));
        Files.createDirectory(folder.resolve(".run_date=2026-06-02.tmp-other-date"));

        RunDateOutput.write(
                root,
                "verification_results",
                day,
                List.of(Column.of("application_id", Type.STRING)),
                w -> w.write("A1"));

        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("run_date=2026-06-01", ".run_date=2026-06-02.tmp-other-date");
        }
    }
}
