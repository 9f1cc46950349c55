package org.examcommit.batch.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.batch.io.ParquetTableWriter;
import org.examcommit.batch.io.ParquetTableWriter.Column;
import org.examcommit.batch.io.ParquetTableWriter.Type;
import org.examcommit.batch.io.RunDateOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the run date's verification_results as Parquet under
 * {@code <output-root>/verification_results/run_date=<date>/}, replacing that folder atomically.
 */
class ExportResultsTasklet implements Tasklet {

    static final String DATASET = "verification_results";
    private static final Logger log = LoggerFactory.getLogger(ExportResultsTasklet.class);

    static final List<Column> COLUMNS = List.of(
            Column.of("run_date", Type.DATE),
            Column.of("application_id", Type.STRING),
            Column.of("identity", Type.STRING),
            Column.of("education", Type.STRING),
            Column.of("degree", Type.STRING),
            Column.of("social_work_major", Type.BOOLEAN),
            Column.of("claimed_work_months", Type.INT),
            Column.of("evidenced_work_months", Type.INT),
            Column.of("eligibility", Type.STRING),
            Column.of("route", Type.STRING),
            Column.of("reasons", Type.STRING_ARRAY));

    private static final String SELECT = """
            SELECT application_id, identity, education, degree, social_work_major, claimed_work_months,
                   evidenced_work_months, eligibility, route, array_to_string(reasons, ',')
              FROM verification_results
             WHERE run_date = ?
             ORDER BY application_id
            """;

    private static final String[] NO_REASONS = {};

    private final JdbcTemplate jdbc;
    private final Path outputRoot;
    private final LocalDate runDate;
    private final int fetchSize;

    ExportResultsTasklet(JdbcTemplate jdbc, Path outputRoot, LocalDate runDate, int fetchSize) {
        this.jdbc = jdbc;
        this.outputRoot = outputRoot;
        this.runDate = runDate;
        this.fetchSize = fetchSize;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long[] rows = {0};
        Path part = RunDateOutput.write(outputRoot, DATASET, runDate, COLUMNS, writer -> {
            writeRows(writer);
            rows[0] = writer.rowsWritten();
        });
        contribution.incrementWriteCount(rows[0]);
        log.info("Verification {}: {} results written to {}", runDate, rows[0], part);
        return RepeatStatus.FINISHED;
    }

    private void writeRows(ParquetTableWriter writer) {
        // the tasklet's transaction keeps the connection out of auto-commit, so the rows stream in fetch-size rounds
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(fetchSize);
        streaming.query(
                SELECT,
                rs -> {
                    // by position, and the reason codes (names without commas) joined: cheaper per row than a JDBC
                    // array
                    String reasons = rs.getString(10);
                    try {
                        writer.write(
                                runDate,
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getInt(6),
                                rs.getInt(7),
                                rs.getString(8),
                                rs.getString(9),
                                reasons.isEmpty() ? NO_REASONS : reasons.split(","));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                Date.valueOf(runDate));
    }
}
