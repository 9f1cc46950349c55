package org.examcommit.batch.bundle;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.batch.io.CopyWriter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes a dataset's bad rows of one run date to {@code quarantine} (masked) and {@code quarantine_raw}
 * (as they came), replacing what an earlier import of that run date quarantined for the dataset.
 */
final class Quarantine {

    private Quarantine() {}

    static void replace(JdbcClient jdbc, Connection connection, LocalDate runDate, String dataset, List<BadRow> rows)
            throws IOException, SQLException {
        jdbc.sql("DELETE FROM quarantine WHERE run_date = :runDate AND dataset = :dataset")
                .param("runDate", runDate)
                .param("dataset", dataset)
                .update();
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("""
                SELECT nextval(pg_get_serial_sequence('quarantine', 'quarantine_id'))
                  FROM generate_series(1, :n)
                """).param("n", rows.size()).query(Long.class).list();
        try (CopyWriter copy = new CopyWriter(
                connection,
                "quarantine",
                List.of("quarantine_id", "run_date", "dataset", "row_number", "column_name", "reason", "record"))) {
            for (int i = 0; i < rows.size(); i++) {
                BadRow r = rows.get(i);
                copy.write(ids.get(i), runDate, dataset, r.rowNumber(), r.column(), r.reason(), r.maskedRecord());
            }
        }
        try (CopyWriter copy = new CopyWriter(connection, "quarantine_raw", List.of("quarantine_id", "record"))) {
            for (int i = 0; i < rows.size(); i++) {
                copy.write(ids.get(i), rows.get(i).rawRecord());
            }
        }
    }
}
