package org.examcommit.batch.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.examcommit.batch.io.Datasets;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The profile of an authority snapshot just loaded ({@code snapshot_profiles} and its measures), written
 * in the import's transaction: rows, quarantined rows, distinct persons, per column the null rate among
 * the rows loaded and the quarantine rate among the rows delivered, the share of each code of a coded
 * column, and for social_insurance the rows per month. Measured set-based over the freshly loaded table
 * (one scan for the counts, one GROUP BY per coded column); social_insurance's months are counted by its
 * loader's single pass. The night's gate judges it.
 */
final class SnapshotProfiles {

    static final String MONTH_ROWS = "month_rows";
    static final String NULL_RATE = "null_rate";
    static final String QUARANTINE_RATE = "quarantine_rate";
    static final String CODE_SHARE = "code_share";

    private SnapshotProfiles() {}

    /** What a profile holds besides its measures. */
    record Header(
            String dataset,
            LocalDate snapshotDate,
            Path bundle,
            String contentSha256,
            long rowCount,
            long quarantined,
            long distinctPersons,
            LocalDate firstMonth,
            LocalDate lastMonth) {}

    /** One measure: kind, subject (a column, column=CODE, or a month), value. */
    record Measure(String measure, String subject, double value) {}

    /** The hash of the dataset's file(s) in the bundle. */
    static String contentHash(Path bundle, String dataset) throws IOException {
        return ContentHash.sha256(Datasets.locate(bundle, dataset).orElseThrow());
    }

    /** Profiles a dataset loaded through its spec: its table has the dataset's name and the spec's columns. */
    static void profileTable(
            JdbcClient jdbc,
            DatasetSpec spec,
            LocalDate runDate,
            Path bundle,
            String sha256,
            long good,
            List<BadRow> bad) {
        List<String> columns =
                spec.columns().stream().map(DatasetSpec.Column::name).toList();
        String counts = columns.stream().map(c -> "count(" + c + ")").collect(Collectors.joining(", "));
        List<Object> row = jdbc.sql("SELECT count(DISTINCT id_number), " + counts + " FROM " + spec.name())
                .query((rs, i) -> {
                    List<Object> values = new ArrayList<>();
                    for (int c = 1; c <= columns.size() + 1; c++) {
                        values.add(rs.getLong(c));
                    }
                    return values;
                })
                .single();
        List<Measure> measures = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            long present = (Long) row.get(c + 1);
            measures.add(new Measure(NULL_RATE, columns.get(c), good == 0 ? 0 : (double) (good - present) / good));
        }
        measures.addAll(quarantineRates(columns, good, bad));
        for (DatasetSpec.Column column : spec.columns()) {
            if (column.kind() == DatasetSpec.Kind.CODE || column.kind() == DatasetSpec.Kind.OPTIONAL_CODE) {
                jdbc.sql("SELECT " + column.name() + ", count(*) FROM " + spec.name() + " WHERE " + column.name()
                                + " IS NOT NULL GROUP BY 1")
                        .query((rs, i) -> new Measure(
                                CODE_SHARE, column.name() + "=" + rs.getString(1), (double) rs.getLong(2) / good))
                        .list()
                        .forEach(measures::add);
            }
        }
        long persons = (Long) row.get(0);
        write(jdbc, new Header(spec.name(), runDate, bundle, sha256, good, bad.size(), persons, null, null), measures);
    }

    /** Profiles social_insurance from its loader's pass: rows per month index, distinct persons. */
    static void profileSocialInsurance(
            JdbcClient jdbc,
            LocalDate runDate,
            Path bundle,
            String sha256,
            long good,
            List<BadRow> bad,
            long persons,
            Map<LocalDate, Long> monthRows,
            List<String> columns) {
        List<Measure> measures = new ArrayList<>();
        columns.forEach(c -> measures.add(new Measure(NULL_RATE, c, 0)));
        measures.addAll(quarantineRates(columns, good, bad));
        monthRows.forEach((month, rows) -> measures.add(new Measure(MONTH_ROWS, month.toString(), rows)));
        LocalDate first =
                monthRows.isEmpty() ? null : monthRows.keySet().iterator().next();
        LocalDate last = monthRows.keySet().stream().reduce((a, b) -> b).orElse(null);
        write(
                jdbc,
                new Header(
                        SocialInsuranceLoader.DATASET, runDate, bundle, sha256, good, bad.size(), persons, first, last),
                measures);
    }

    private static List<Measure> quarantineRates(List<String> columns, long good, List<BadRow> bad) {
        Map<String, Long> perColumn = new LinkedHashMap<>();
        columns.forEach(c -> perColumn.put(c, 0L));
        for (BadRow b : bad) {
            if (b.column() != null && perColumn.containsKey(b.column())) {
                perColumn.merge(b.column(), 1L, Long::sum);
            }
        }
        long delivered = good + bad.size();
        List<Measure> measures = new ArrayList<>();
        perColumn.forEach(
                (c, n) -> measures.add(new Measure(QUARANTINE_RATE, c, delivered == 0 ? 0 : (double) n / delivered)));
        return measures;
    }

    /**
     * Replaces the profile of (dataset, snapshot date). A re-import of the same content keeps the verdict
     * (an accepted snapshot stays accepted); other content is judged again.
     */
    private static void write(JdbcClient jdbc, Header h, List<Measure> measures) {
        jdbc.sql("""
                INSERT INTO snapshot_profiles (dataset, snapshot_date, bundle, content_sha256, row_count, quarantined,
                                               distinct_persons, first_month, last_month)
                VALUES (:dataset, :snapshotDate, :bundle, :sha, :rows, :quarantined, :persons, :firstMonth, :lastMonth)
                ON CONFLICT (dataset, snapshot_date) DO UPDATE
                   SET bundle = EXCLUDED.bundle, row_count = EXCLUDED.row_count, quarantined = EXCLUDED.quarantined,
                       distinct_persons = EXCLUDED.distinct_persons, first_month = EXCLUDED.first_month,
                       last_month = EXCLUDED.last_month, profiled_at = now(),
                       status = CASE WHEN snapshot_profiles.content_sha256 = EXCLUDED.content_sha256
                                     THEN snapshot_profiles.status ELSE 'PENDING' END,
                       verdict = CASE WHEN snapshot_profiles.content_sha256 = EXCLUDED.content_sha256
                                      THEN snapshot_profiles.verdict END,
                       judged_at = CASE WHEN snapshot_profiles.content_sha256 = EXCLUDED.content_sha256
                                        THEN snapshot_profiles.judged_at END,
                       accepted_by = CASE WHEN snapshot_profiles.content_sha256 = EXCLUDED.content_sha256
                                          THEN snapshot_profiles.accepted_by END,
                       accepted_reason = CASE WHEN snapshot_profiles.content_sha256 = EXCLUDED.content_sha256
                                              THEN snapshot_profiles.accepted_reason END,
                       content_sha256 = EXCLUDED.content_sha256
                """)
                .param("dataset", h.dataset())
                .param("snapshotDate", h.snapshotDate())
                .param("bundle", h.bundle().toAbsolutePath().normalize().toString())
                .param("sha", h.contentSha256())
                .param("rows", h.rowCount())
                .param("quarantined", h.quarantined())
                .param("persons", h.distinctPersons())
                .param("firstMonth", h.firstMonth(), java.sql.Types.DATE)
                .param("lastMonth", h.lastMonth(), java.sql.Types.DATE)
                .update();
        jdbc.sql("DELETE FROM snapshot_profile_measures WHERE dataset = :dataset AND snapshot_date = :snapshotDate")
                .param("dataset", h.dataset())
                .param("snapshotDate", h.snapshotDate())
                .update();
        for (Measure m : measures) {
            jdbc.sql("""
                    INSERT INTO snapshot_profile_measures (dataset, snapshot_date, measure, subject, value)
                    VALUES (:dataset, :snapshotDate, :measure, :subject, :value)
                    """)
                    .param("dataset", h.dataset())
                    .param("snapshotDate", h.snapshotDate())
                    .param("measure", m.measure())
                    .param("subject", m.subject())
                    .param("value", m.value())
                    .update();
        }
    }
}
