package org.examcommit.schedules.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.batch.io.ParquetTableWriter;
import org.examcommit.batch.io.RunDateOutput;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Parquet of a §2 dataset written from the database: one query's rows, streamed, into the run
 * date's folder (replaced whole, never half-written: {@link RunDateOutput}). Used for the outputs the
 * database holds first (the draw's commit and reveal, the integrity records), so a re-run after a
 * kill writes them again from what was committed.
 */
public final class QueryParquet {

    /** Writes the current row of the result set; the query's columns in the dataset's order. */
    @FunctionalInterface
    public interface RowWriter {
        void write(ParquetTableWriter writer, ResultSet rs) throws Exception;
    }

    private static final int FETCH_SIZE = 10_000;

    private QueryParquet() {}

    /** Writes {@code <outputRoot>/<dataset>/run_date=<runDate>/} from {@code sql}, whose one parameter is bound to {@code parameter}. */
    public static void write(
            JdbcTemplate jdbc,
            Path outputRoot,
            String dataset,
            LocalDate runDate,
            List<ParquetTableWriter.Column> columns,
            String sql,
            Object parameter,
            RowWriter row) {
        try {
            RunDateOutput.write(
                    outputRoot,
                    dataset,
                    runDate,
                    columns,
                    writer -> jdbc.query(
                            con -> {
                                var ps = con.prepareStatement(sql);
                                ps.setFetchSize(FETCH_SIZE);
                                ps.setObject(1, parameter);
                                return ps;
                            },
                            rs -> {
                                try {
                                    row.write(writer, rs);
                                } catch (Exception e) {
                                    throw new IllegalStateException(
                                            "cannot write " + dataset + ": " + e.getMessage(), e);
                                }
                            }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dataset + " for " + runDate, e);
        }
    }

    /**
     * The Parquet of an export's rows for a run date ({@link OutputDataset#sql()}, its {@code :runDate}
     * bound to {@code runDate}), each column read by its Parquet type; returns the rows written.
     */
    public static long write(
            JdbcTemplate jdbc,
            Path outputRoot,
            OutputDataset dataset,
            LocalDate runDate,
            List<ParquetTableWriter.Column> columns) {
        long[] rows = {0};
        write(
                jdbc,
                outputRoot,
                dataset.datasetName(),
                runDate,
                columns,
                dataset.sql().replace(":runDate", "?"),
                runDate,
                (writer, rs) -> {
                    Object[] values = new Object[columns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = value(rs, i + 1, columns.get(i).type());
                    }
                    writer.write(values);
                    rows[0]++;
                });
        return rows[0];
    }

    private static Object value(ResultSet rs, int column, ParquetTableWriter.Type type) throws java.sql.SQLException {
        return switch (type) {
            case STRING -> rs.getString(column);
            case INT -> rs.getObject(column, Integer.class);
            case LONG -> rs.getObject(column, Long.class);
            case DOUBLE -> rs.getObject(column, Double.class);
            case BOOLEAN -> rs.getObject(column, Boolean.class);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIMESTAMP -> rs.getObject(column, java.time.OffsetDateTime.class);
            case STRING_ARRAY -> {
                java.sql.Array array = rs.getArray(column);
                yield array == null ? null : (String[]) array.getArray();
            }
        };
    }
}
