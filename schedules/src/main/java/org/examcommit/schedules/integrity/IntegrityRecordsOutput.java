package org.examcommit.schedules.integrity;

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
 * The {@code integrity_records} Parquet (contract §2): the officers' dispositions, by the day they were
 * decided ({@code run_date=} is {@code decided_on}, as {@code ./pipeline export} selects them). The
 * night of a date writes that date's folder and the day before's: a decision is taken in the day, after
 * the night of its date ran, so the next night completes it. Rewritten whole from the table each time,
 * so a re-run never duplicates a record.
 */
@Component
public class IntegrityRecordsOutput {

    static final List<ParquetTableWriter.Column> COLUMNS = List.of(
            of("id_number", Type.STRING),
            of("application_id", Type.STRING),
            of("exam_code", Type.STRING),
            of("finding", Type.STRING),
            of("disposition", Type.STRING),
            of("basis", Type.STRING),
            of("decided_on", Type.DATE),
            of("recorded_until", Type.DATE));

    private final JdbcTemplate jdbc;
    private final Path outputRoot;

    IntegrityRecordsOutput(JdbcTemplate jdbc, @Value("${examcommit.output-root:./output}") String outputRoot) {
        this.jdbc = jdbc;
        this.outputRoot = Path.of(outputRoot).toAbsolutePath();
    }

    /**
     * Writes the folders of the run date and the day before; returns the stage's summary (logged with
     * the stage's end: no line of its own, which would be one more crash point for CrashPointsIT).
     */
    public String publish(LocalDate runDate) {
        long before = write(runDate.minusDays(1));
        long today = write(runDate);
        return "integrity records " + today + ", the day before " + before;
    }

    private long write(LocalDate decidedOn) {
        return QueryParquet.write(jdbc, outputRoot, OutputDataset.INTEGRITY_RECORDS, decidedOn, COLUMNS);
    }
}
