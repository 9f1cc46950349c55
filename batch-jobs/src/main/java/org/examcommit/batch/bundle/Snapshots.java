package org.examcommit.batch.bundle;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code authority_snapshots} row of a source: which snapshot its rows are, from which bundle. */
final class Snapshots {

    private Snapshots() {}

    /** Records the snapshot just loaded; an identical re-import leaves the row (and its imported_at) alone. */
    static void record(
            JdbcClient jdbc, String source, LocalDate runDate, Path bundle, long rowCount, LocalDate lastMonth) {
        jdbc.sql("""
                INSERT INTO authority_snapshots (source, snapshot_date, bundle, row_count, last_month)
                VALUES (:source, :snapshotDate, :bundle, :rowCount, :lastMonth)
                ON CONFLICT (source) DO UPDATE
                   SET snapshot_date = EXCLUDED.snapshot_date, bundle = EXCLUDED.bundle,
                       row_count = EXCLUDED.row_count, last_month = EXCLUDED.last_month, imported_at = now()
                 WHERE (authority_snapshots.snapshot_date, authority_snapshots.bundle, authority_snapshots.row_count,
                        authority_snapshots.last_month)
                       IS DISTINCT FROM (EXCLUDED.snapshot_date, EXCLUDED.bundle, EXCLUDED.row_count, EXCLUDED.last_month)
                """)
                .param("source", source)
                .param("snapshotDate", runDate)
                .param("bundle", bundle.toAbsolutePath().normalize().toString())
                .param("rowCount", rowCount)
                .param("lastMonth", lastMonth, java.sql.Types.DATE)
                .update();
    }
}
