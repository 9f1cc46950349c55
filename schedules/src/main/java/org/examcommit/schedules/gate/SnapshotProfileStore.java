package org.examcommit.schedules.gate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the snapshot profiles the import wrote and records the gate's and the operators' verdicts. */
@Repository
public class SnapshotProfileStore {

    private static final String COLUMNS = """
            p.dataset, p.snapshot_date, p.content_sha256, p.row_count, p.quarantined, p.distinct_persons, p.status,
            CASE WHEN p.accepted_by IS NOT NULL
                 THEN 'accepted by ' || p.accepted_by || ': ' || p.accepted_reason ELSE p.verdict END AS verdict
            """;

    /** The snapshot each dataset's table holds now (the one a night reads), with its profile. */
    private static final String CURRENT = "SELECT " + COLUMNS + """
             FROM snapshot_profiles p
             JOIN authority_snapshots a ON a.source = p.dataset AND a.snapshot_date = p.snapshot_date
            ORDER BY p.dataset""";

    private static final String LAST_ACCEPTED = "SELECT " + COLUMNS + """
             FROM snapshot_profiles p
            WHERE p.dataset = :dataset AND p.snapshot_date < :before AND p.status = 'ACCEPTED'
            ORDER BY p.snapshot_date DESC LIMIT 1""";

    private static final String ONE = "SELECT " + COLUMNS + """
             FROM snapshot_profiles p WHERE p.dataset = :dataset AND p.snapshot_date = :date""";

    private static final String OF_DATE =
            "SELECT " + COLUMNS + " FROM snapshot_profiles p WHERE p.snapshot_date = :date ORDER BY p.dataset";

    private final JdbcClient jdbc;

    SnapshotProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current snapshot of each dataset that has a profile, by dataset. */
    public List<SnapshotProfile> current() {
        return jdbc.sql(CURRENT).query(this::profile).list();
    }

    /** The profiles of the snapshots imported on a date, by dataset. */
    public List<SnapshotProfile> of(LocalDate snapshotDate) {
        return jdbc.sql(OF_DATE)
                .param("date", snapshotDate)
                .query(this::profile)
                .list();
    }

    public Optional<SnapshotProfile> find(String dataset, LocalDate snapshotDate) {
        return jdbc.sql(ONE)
                .param("dataset", dataset)
                .param("date", snapshotDate)
                .query(this::profile)
                .optional();
    }

    /** The latest accepted profile of the dataset from before {@code snapshotDate}. */
    Optional<SnapshotProfile> lastAccepted(String dataset, LocalDate snapshotDate) {
        return jdbc.sql(LAST_ACCEPTED)
                .param("dataset", dataset)
                .param("before", snapshotDate)
                .query(this::profile)
                .optional();
    }

    /** The gate's verdict on a snapshot; never over an operator's acceptance that landed meanwhile. */
    void judged(SnapshotProfile profile, String status, String verdict) {
        jdbc.sql("""
                UPDATE snapshot_profiles SET status = :status, verdict = :verdict, judged_at = now()
                 WHERE dataset = :dataset AND snapshot_date = :date AND status IS DISTINCT FROM 'ACCEPTED'
                """)
                .param("status", status)
                .param("verdict", verdict)
                .param("dataset", profile.dataset())
                .param("date", profile.snapshotDate())
                .update();
    }

    /** An operator's acceptance of a refused snapshot; false when it is not (or no longer) refused. */
    boolean accept(String dataset, LocalDate snapshotDate, String user, String reason) {
        return jdbc.sql("""
                        UPDATE snapshot_profiles
                           SET status = 'ACCEPTED', accepted_by = :user, accepted_reason = :reason, judged_at = now()
                         WHERE dataset = :dataset AND snapshot_date = :date AND status = 'REFUSED'
                        """)
                        .param("user", user)
                        .param("reason", reason)
                        .param("dataset", dataset)
                        .param("date", snapshotDate)
                        .update()
                == 1;
    }

    private SnapshotProfile profile(ResultSet rs, int row) throws SQLException {
        String dataset = rs.getString("dataset");
        LocalDate date = rs.getObject("snapshot_date", LocalDate.class);
        TreeMap<LocalDate, Long> months = new TreeMap<>();
        Map<String, Map<String, Double>> rates = new HashMap<>();
        jdbc.sql("""
                SELECT measure, subject, value FROM snapshot_profile_measures
                 WHERE dataset = :dataset AND snapshot_date = :date
                """).param("dataset", dataset).param("date", date).query(m -> {
            String measure = m.getString(1);
            if (measure.equals("month_rows")) {
                months.put(LocalDate.parse(m.getString(2)), Math.round(m.getDouble(3)));
            } else {
                rates.computeIfAbsent(measure, k -> new HashMap<>()).put(m.getString(2), m.getDouble(3));
            }
        });
        return new SnapshotProfile(
                dataset,
                date,
                rs.getString("content_sha256"),
                rs.getLong("row_count"),
                rs.getLong("quarantined"),
                rs.getLong("distinct_persons"),
                months,
                rates.getOrDefault("null_rate", Map.of()),
                rates.getOrDefault("quarantine_rate", Map.of()),
                rates.getOrDefault("code_share", Map.of()),
                rs.getString("status"),
                rs.getString("verdict"));
    }
}
