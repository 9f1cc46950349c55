package org.examcommit.schedules.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report's aggregates, each one GROUP BY in PostgreSQL over what the night wrote (results, flags,
 * quarantine, run history, the draw when its tables exist): a report of aggregates is small, so it
 * needs no Spark.
 */
@Repository
class ReportQueries {

    /** How many of the last nights the trend shows. */
    static final int TREND_NIGHTS = 14;

    private static final String ROUTES = """
            SELECT v.route AS k, a.province_code AS s, count(*) AS n
            FROM verification_results v JOIN applications a USING (application_id)
            WHERE v.run_date = :d GROUP BY 1, 2""";
    private static final String REASONS = """
            SELECT r.reason AS k, a.province_code AS s, count(*) AS n
            FROM verification_results v JOIN applications a USING (application_id),
                 unnest(v.reasons) AS r(reason)
            WHERE v.run_date = :d GROUP BY 1, 2""";
    private static final String PATTERNS = """
            SELECT f.pattern AS k, a.province_code AS s, count(*) AS n
            FROM flags f JOIN applications a USING (application_id)
            WHERE f.run_date = :d GROUP BY 1, 2""";
    private static final String PROVINCES = """
            SELECT a.province_code AS k, '' AS s, count(*) AS n
            FROM verification_results v JOIN applications a USING (application_id)
            WHERE v.run_date = :d GROUP BY 1""";
    private static final String EXAMS = """
            SELECT a.exam_code || ' ' || a.exam_year AS k, a.level AS s, count(*) AS n
            FROM verification_results v JOIN applications a USING (application_id)
            WHERE v.run_date = :d GROUP BY 1, 2""";
    private static final String QUARANTINE = """
            SELECT dataset AS k, reason AS s, count(*) AS n FROM quarantine WHERE run_date = :d GROUP BY 1, 2""";
    private static final String STAGES = """
            SELECT stage, extract(epoch FROM finished_at - started_at) AS seconds FROM pipeline_stages
            WHERE run_id = :run AND finished_at IS NOT NULL ORDER BY started_at""";
    /** The clusters as the flags name them: the evidence up to the other candidates' list. */
    private static final String CLUSTERS = """
            SELECT split_part(evidence, '; the others', 1) AS k, count(*) AS n, max(score) AS score
            FROM flags WHERE run_date = :d AND pattern = 'EMPLOYER_CLUSTER'
            GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10""";

    private static final String DRAW_BY_EXAM = """
            SELECT exam_code || ' ' || exam_year AS k, '' AS s, population_size AS population, sample_size AS sample
            FROM sample_draws WHERE run_date = :d""";
    /** draw_strata arrives with the draw (issue of its own); the report reads it only when the table exists. */
    private static final String DRAW_BY_PROVINCE = """
            SELECT d.exam_code || ' ' || d.exam_year AS k, s.province_code AS s,
                   s.population_size AS population, s.sample_size AS sample
            FROM sample_draws d JOIN draw_strata s USING (draw_id) WHERE d.run_date = :d""";

    private static final String TREND = """
            WITH nights AS (
                SELECT DISTINCT run_date FROM verification_results WHERE run_date <= :d
                ORDER BY run_date DESC LIMIT :nights)
            SELECT v.run_date::text AS k, v.route AS s, count(*) AS n
            FROM verification_results v JOIN nights USING (run_date) GROUP BY 1, 2
            UNION ALL
            SELECT f.run_date::text, 'FLAGGED', count(DISTINCT f.application_id)
            FROM flags f JOIN nights USING (run_date) GROUP BY 1, 2""";

    /** The snapshot versions the night read (provenance) with the gate's verdict on each. */
    private static final String SNAPSHOTS = """
            SELECT o.dataset, o.snapshot_date::text || ' ' || coalesce(p.status, '-')
                   || coalesce(': ' || CASE WHEN p.accepted_by IS NOT NULL
                                            THEN 'accepted by ' || p.accepted_by || ', ' || p.accepted_reason
                                            ELSE p.verdict END, ''),
                   o.row_count
            FROM output_provenance o
            LEFT JOIN snapshot_profiles p ON p.dataset = o.dataset AND p.snapshot_date = o.snapshot_date
            WHERE o.run_date = :d ORDER BY 1""";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every figure of the run date; stage times from the run {@code runId}. */
    NightFigures read(LocalDate runDate, long runId) {
        List<ReportCell> cells = new ArrayList<>();
        counts(cells, NightFigures.ROUTE, ROUTES, runDate);
        counts(cells, NightFigures.REASON, REASONS, runDate);
        counts(cells, NightFigures.PATTERN, PATTERNS, runDate);
        counts(cells, NightFigures.PROVINCE, PROVINCES, runDate);
        counts(cells, NightFigures.EXAM, EXAMS, runDate);
        counts(cells, NightFigures.QUARANTINE, QUARANTINE, runDate);
        jdbc.sql(STAGES)
                .param("run", runId)
                .query((rs, i) -> ReportCell.value(NightFigures.STAGE_SECONDS, rs.getString(1), "", rs.getDouble(2)))
                .list()
                .forEach(cells::add);
        jdbc.sql(CLUSTERS)
                .param("d", runDate)
                .query((rs, i) -> new ReportCell(
                        NightFigures.EMPLOYER_CLUSTER, rs.getString(1), "", rs.getLong(2), rs.getDouble(3)))
                .list()
                .forEach(cells::add);
        draw(cells, runDate);
        jdbc.sql(SNAPSHOTS)
                .param("d", runDate)
                .query((rs, i) ->
                        ReportCell.value(NightFigures.SNAPSHOT, rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list()
                .forEach(cells::add);
        jdbc.sql(TREND)
                .param("d", runDate)
                .param("nights", TREND_NIGHTS)
                .query((rs, i) -> ReportCell.count(NightFigures.TREND, rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list()
                .forEach(cells::add);
        return new NightFigures(runDate, cells);
    }

    private void counts(List<ReportCell> cells, String section, String sql, LocalDate runDate) {
        jdbc.sql(sql)
                .param("d", runDate)
                .query((rs, i) -> ReportCell.count(section, rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list()
                .forEach(cells::add);
    }

    private void draw(List<ReportCell> cells, LocalDate runDate) {
        boolean strata = jdbc.sql("SELECT to_regclass('draw_strata') IS NOT NULL")
                .query(Boolean.class)
                .single();
        jdbc.sql(strata ? DRAW_BY_PROVINCE : DRAW_BY_EXAM)
                .param("d", runDate)
                .query((rs, i) -> {
                    cells.add(ReportCell.count(
                            NightFigures.DRAW_POPULATION, rs.getString(1), rs.getString(2), rs.getLong(3)));
                    cells.add(ReportCell.count(
                            NightFigures.DRAW_SAMPLE, rs.getString(1), rs.getString(2), rs.getLong(4)));
                    return 0;
                })
                .list();
    }
}
