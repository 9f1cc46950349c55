package org.examcommit.schedules.draw;

import static org.examcommit.batch.io.ParquetTableWriter.Column.of;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.examcommit.batch.io.ParquetTableWriter;
import org.examcommit.batch.io.ParquetTableWriter.Type;
import org.examcommit.schedules.export.QueryParquet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Parquet of {@code sample_draws} and {@code draw_population} for a run date (contract §2), written
 * from the database after each change (commit, reveal), so a re-run after a kill writes them again
 * from what was committed. The Spark draw writes {@code sampled} and {@code draw_strata} itself.
 */
@Component
class DrawOutputs {

    static final List<ParquetTableWriter.Column> SAMPLE_DRAWS = List.of(
            of("run_date", Type.DATE),
            of("draw_id", Type.STRING),
            of("exam_code", Type.STRING),
            of("exam_year", Type.INT),
            of("ratio", Type.STRING),
            of("seed_sha256", Type.STRING),
            of("population_sha256", Type.STRING),
            of("seed", Type.STRING),
            of("committed_at", Type.TIMESTAMP),
            of("revealed_at", Type.TIMESTAMP),
            of("population_size", Type.INT),
            of("sample_size", Type.INT));

    static final List<ParquetTableWriter.Column> DRAW_POPULATION =
            List.of(of("draw_id", Type.STRING), of("province_code", Type.STRING), of("application_id", Type.STRING));

    private final JdbcTemplate jdbc;
    private final Path outputRoot;

    DrawOutputs(JdbcTemplate jdbc, @Value("${examcommit.output-root:./output}") String outputRoot) {
        this.jdbc = jdbc;
        this.outputRoot = Path.of(outputRoot).toAbsolutePath();
    }

    Path outputRoot() {
        return outputRoot;
    }

    void writeSampleDraws(LocalDate runDate) {
        write(
                runDate,
                "sample_draws",
                SAMPLE_DRAWS,
                """
                SELECT run_date, draw_id, exam_code, exam_year, ratio::text, seed_sha256, population_sha256, seed,
                       committed_at, revealed_at, population_size, sample_size
                FROM sample_draws WHERE run_date = ? ORDER BY draw_id COLLATE "C\"""",
                (w, rs) -> w.write(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getInt(11),
                        rs.getInt(12)));
    }

    void writePopulation(LocalDate runDate) {
        write(
                runDate,
                "draw_population",
                DRAW_POPULATION,
                """
                SELECT p.draw_id, p.province_code, p.application_id
                FROM draw_population p JOIN sample_draws s ON s.draw_id = p.draw_id WHERE s.run_date = ?
                ORDER BY p.draw_id COLLATE "C", p.province_code COLLATE "C", p.application_id COLLATE "C\"""",
                (w, rs) -> w.write(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    private void write(
            LocalDate runDate,
            String dataset,
            List<ParquetTableWriter.Column> columns,
            String sql,
            QueryParquet.RowWriter row) {
        QueryParquet.write(jdbc, outputRoot, dataset, runDate, columns, sql, runDate, row);
    }
}
