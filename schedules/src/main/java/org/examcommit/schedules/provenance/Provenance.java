package org.examcommit.schedules.provenance;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The authority snapshot versions a run read ({@code run_snapshots}): dataset, snapshot date, rows and the
 * content hash of the file as imported. The outputs of a run date join them on run_date ({@code
 * output_provenance}).
 */
@Repository
public class Provenance {

    private final JdbcClient jdbc;

    Provenance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One version read. */
    public record Version(long runId, String dataset, LocalDate snapshotDate, long rowCount, String contentSha256) {}

    /** Records the snapshots the tables hold now as read by the run; a second call for the run changes nothing. */
    public void record(long runId, LocalDate runDate) {
        jdbc.sql("""
                INSERT INTO run_snapshots (run_id, run_date, dataset, snapshot_date, row_count, content_sha256)
                SELECT :runId, :runDate, a.source, a.snapshot_date, a.row_count, p.content_sha256
                  FROM authority_snapshots a
                  LEFT JOIN snapshot_profiles p ON p.dataset = a.source AND p.snapshot_date = a.snapshot_date
                ON CONFLICT (run_id, dataset) DO NOTHING
                """).param("runId", runId).param("runDate", runDate).update();
    }

    /** The versions behind a run date's outputs: those of its last run that recorded any. */
    public List<Version> behind(LocalDate runDate) {
        return jdbc.sql("""
                SELECT run_id, dataset, snapshot_date, row_count, content_sha256
                  FROM output_provenance WHERE run_date = :runDate ORDER BY dataset
                """)
                .param("runDate", runDate)
                .query((rs, i) -> new Version(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getLong(4),
                        rs.getString(5)))
                .list();
    }
}
