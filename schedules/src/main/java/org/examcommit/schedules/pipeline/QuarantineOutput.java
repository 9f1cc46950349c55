package org.examcommit.schedules.pipeline;

import static org.examcommit.batch.io.ParquetTableWriter.Column.of;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.batch.io.ParquetTableWriter;
import org.examcommit.batch.io.ParquetTableWriter.Type;
import org.examcommit.schedules.export.OutputDataset;
import org.examcommit.schedules.export.QueryParquet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code quarantine} Parquet of a run date (contract §2), written by the gate stage once the
 * date's deliveries passed it: every row the date's imports set aside, its record masked as the table holds it (the
 * unmasked rows stay in {@code quarantine_raw}, for officers only). Rewritten whole from the table, so a
 * re-import of the date replaces it.
 */
@Component
class QuarantineOutput {

    static final List<ParquetTableWriter.Column> COLUMNS = List.of(
            of("run_date", Type.DATE),
            of("dataset", Type.STRING),
            of("row_number", Type.LONG),
            of("column_name", Type.STRING),
            of("reason", Type.STRING),
            of("record", Type.STRING));

    private final JdbcTemplate jdbc;
    private final Path outputRoot;

    QuarantineOutput(JdbcTemplate jdbc, @Value("${examcommit.output-root:./output}") String outputRoot) {
        this.jdbc = jdbc;
        this.outputRoot = Path.of(outputRoot).toAbsolutePath();
    }

    long write(LocalDate runDate) {
        return QueryParquet.write(jdbc, outputRoot, OutputDataset.QUARANTINE, runDate, COLUMNS);
    }

    /**
     * Writes the date's Parquet when the night imported a bundle or an import of the date ({@code ./pipeline
     * import}) left rows; a night that imported nothing on a date nothing was imported for writes none.
     */
    void writeIfImported(LocalDate runDate, boolean nightImported) {
        boolean rows = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM quarantine WHERE run_date = ?)", Boolean.class, runDate);
        if (nightImported || rows) {
            write(runDate);
        }
    }
}
