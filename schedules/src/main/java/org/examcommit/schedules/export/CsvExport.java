package org.examcommit.schedules.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes one dataset of one run date as the CSV of contract §6: UTF-8 without BOM, a header,
 * one line per row (LF), booleans {@code true}/{@code false}, arrays joined by {@code ;}, null as
 * an empty field, RFC 4180 quoting where a value needs it. The file appears only when complete:
 * it is written beside its target and then renamed.
 */
@Component
public class CsvExport {

    private final NamedParameterJdbcTemplate jdbc;

    public CsvExport(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the rows of {@code runDate} to {@code out}; returns how many rows. */
    public long export(OutputDataset dataset, LocalDate runDate, Path out) {
        Path target = out.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(
                    "." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
            try {
                long rows;
                try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    rows = write(dataset, runDate, writer);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return rows;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private long write(OutputDataset dataset, LocalDate runDate, Writer writer) {
        long[] rows = {0};
        boolean[] header = {false};
        jdbc.query(dataset.sql(), new MapSqlParameterSource("runDate", runDate), (ResultSet rs) -> {
            try {
                ResultSetMetaData meta = rs.getMetaData();
                if (!header[0]) {
                    writeHeader(meta, writer);
                    header[0] = true;
                }
                StringBuilder line = new StringBuilder();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    if (c > 1) {
                        line.append(',');
                    }
                    line.append(CsvFormat.field(value(rs, c)));
                }
                writer.write(line.append('\n').toString());
                rows[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!header[0]) {
            // no rows: the header still comes from the query's columns
            jdbc.query(dataset.sql() + " LIMIT 0", new MapSqlParameterSource("runDate", runDate), rs -> {
                try {
                    writeHeader(rs.getMetaData(), writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
        return rows[0];
    }

    private static void writeHeader(ResultSetMetaData meta, Writer writer) throws SQLException, IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            if (c > 1) {
                line.append(',');
            }
            line.append(CsvFormat.field(meta.getColumnLabel(c)));
        }
        writer.write(line.append('\n').toString());
    }

    private static String value(ResultSet rs, int column) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Array array) {
            return CsvFormat.joinArray((Object[]) array.getArray());
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        return value.toString();
    }
}
