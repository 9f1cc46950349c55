package org.examcommit.batch.verification;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads back what a night wrote, for assertions. */
final class ResultRows {

    /** One verification_results row. */
    record Result(
            String identity,
            String education,
            String degree,
            boolean socialWorkMajor,
            int claimed,
            int evidenced,
            String eligibility,
            String route,
            Set<String> reasons) {}

    private final JdbcClient jdbc;

    ResultRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The run date's results of applications whose id starts with the prefix, by application_id. */
    Map<String, Result> results(LocalDate runDate, String prefix) {
        return jdbc
                .sql("""
                SELECT application_id, identity, education, degree, social_work_major, claimed_work_months,
                       evidenced_work_months, eligibility, route, reasons
                  FROM verification_results WHERE run_date = ? AND application_id LIKE ?
                """)
                .params(runDate, prefix + "%")
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        new Result(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getBoolean(5),
                                rs.getInt(6),
                                rs.getInt(7),
                                rs.getString(8),
                                rs.getString(9),
                                set(rs.getArray(10)))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    long resultCount(String applicationId) {
        return jdbc.sql("SELECT count(*) FROM verification_results WHERE application_id = ?")
                .param(applicationId)
                .query(Long.class)
                .single();
    }

    String status(String applicationId) {
        return jdbc.sql("SELECT status FROM applications WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single();
    }

    List<String> events(String applicationId) {
        return jdbc.sql(
                        "SELECT status || ' | ' || reason FROM application_events WHERE application_id = ? AND actor = ? ORDER BY event_id")
                .params(applicationId, ApplyResultsTasklet.ACTOR)
                .query(String.class)
                .list();
    }

    Map<String, Set<String>> onsite(LocalDate runDate, String prefix) {
        return jdbc
                .sql(
                        "SELECT application_id, reasons FROM onsite_verification_list WHERE run_date = ? AND application_id LIKE ?")
                .params(runDate, prefix + "%")
                .query((rs, n) -> Map.entry(rs.getString(1), set(rs.getArray(2))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Set<String> set(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }
}
