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

    static final String DATASET = "integrity_records";

    static final List<ParquetTableWriter.Column> COLUMNS = List.of(
            of("id_number", Type.STRING),
            of("application_id", Type.STRING),
            of("exam_code", Type.STRING),
            of("finding", Type.STRING),
            of("disposition", Type.STRING),
            of("basis", Type.STRING),
            of("decided_on", Type.DATE),
            of("recorded_until", Type.DATE));

    /** One day's records: the export's query (one place for both), its date as a positional parameter. */
    static final String DECIDED_ON = OutputDataset.INTEGRITY_RECORDS.sql().replace(":runDate", "?");

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
        int before = write(runDate.minusDays(1));
        int today = write(runDate);
        return "integrity records " + today + ", the day before " + before;
    }

    private int write(LocalDate decidedOn) {
        int[] rows = {0};
        QueryParquet.write(jdbc, outputRoot, DATASET, decidedOn, COLUMNS, DECIDED_ON, decidedOn, (w, rs) -> {
            w.write(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getObject(8, LocalDate.class));
            rows[0]++;
        });
        return rows[0];
    }
}
