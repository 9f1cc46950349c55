package org.examcommit.schedules.explain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.examcommit.contract.privacy.Masking;
import org.examcommit.contract.privacy.Redaction;
import org.examcommit.schedules.provenance.Provenance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * {@code ./pipeline explain}: one application's night as lines an officer reads: the verification result,
 * each check's source rows (the claim and the authority rows it was compared with, id numbers and phones
 * masked as DATA-CONTRACT §5), the flags with their evidence, key supervision, the draws it was in, and the
 * snapshot versions the night read. The authority rows are those the tables hold now; when that is another
 * snapshot than the night read, the versions section says so.
 */
@Service
public class Explanation {

    private final JdbcClient jdbc;
    private final Provenance provenance;

    Explanation(JdbcClient jdbc, Provenance provenance) {
        this.jdbc = jdbc;
        this.provenance = provenance;
    }

    /** The lines, or empty when the application has no verification result on that date. */
    public Optional<List<String>> explain(String applicationId, LocalDate runDate) {
        Optional<String> result = jdbc.sql("""
                SELECT 'identity ' || identity || ', education ' || education || ', degree ' || degree
                       || ', social_work_major ' || social_work_major || ', claimed_work_months ' || claimed_work_months
                       || ', evidenced_work_months ' || evidenced_work_months || ', eligibility ' || eligibility
                       || ', route ' || route || ', reasons [' || array_to_string(reasons, ';') || ']'
                  FROM verification_results WHERE run_date = :d AND application_id = :a
                """)
                .param("d", runDate)
                .param("a", applicationId)
                .query(String.class)
                .optional();
        if (result.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        out.add("application " + applicationId + ", night of " + runDate);
        out.add("verification: " + result.get());
        String idNumber = candidate(applicationId, out);
        section(
                out,
                "identity (identity_registry)",
                "SELECT id_number, name, snapshot_date FROM identity_registry" + " WHERE id_number = :id",
                idNumber,
                applicationId);
        section(out, "education claimed (education)", """
                SELECT e.seq, e.level, e.school, e.major, e.graduation_date, e.certificate_no, e.name_on_certificate
                  FROM education e JOIN applications a ON a.candidate_id = e.candidate_id
                 WHERE a.application_id = :a ORDER BY e.seq""", idNumber, applicationId);
        section(
                out,
                "education registry rows of those certificates (education_registry)",
                """
                SELECT r.certificate_no, r.id_number, r.name, r.school, r.major, r.level, r.graduation_date,
                       r.snapshot_date
                  FROM education_registry r
                 WHERE r.certificate_no IN (SELECT e.certificate_no FROM education e JOIN applications a
                                              ON a.candidate_id = e.candidate_id WHERE a.application_id = :a)
                 ORDER BY r.certificate_no""",
                idNumber,
                applicationId);
        section(out, "degrees claimed (education)", """
                SELECT e.seq, e.degree, e.degree_certificate_no FROM education e
                  JOIN applications a ON a.candidate_id = e.candidate_id
                 WHERE a.application_id = :a AND e.degree IS NOT NULL AND e.degree <> 'NONE' ORDER BY e.seq""", idNumber, applicationId);
        section(out, "degree registry rows of those certificates (degree_registry)", """
                SELECT r.certificate_no, r.id_number, r.name, r.degree, r.school, r.major, r.awarded_date,
                       r.snapshot_date
                  FROM degree_registry r
                 WHERE r.certificate_no IN (SELECT e.degree_certificate_no FROM education e JOIN applications a
                                              ON a.candidate_id = e.candidate_id WHERE a.application_id = :a)
                 ORDER BY r.certificate_no""", idNumber, applicationId);
        section(out, "work claimed (work_experience)", """
                SELECT w.seq, w.employer_name, w.employer_credit_code, w.start_date, w.end_date, w.social_work
                  FROM work_experience w JOIN applications a ON a.candidate_id = w.candidate_id
                 WHERE a.application_id = :a ORDER BY w.seq""", idNumber, applicationId);
        section(out, "insured months (social_insurance, as spans)", """
                SELECT employer_credit_code, first_month, last_month, snapshot_date FROM social_insurance_spans
                 WHERE id_number = :id ORDER BY employer_credit_code, first_month""", idNumber, applicationId);
        section(out, "integrity archive rows (integrity_archive)", """
                SELECT exam_code, violation, decided_on, recorded_until, snapshot_date FROM integrity_archive
                 WHERE id_number = :id ORDER BY decided_on""", idNumber, applicationId);
        section(out, "flags (pattern, score, evidence)", """
                SELECT pattern, score, evidence FROM flags WHERE run_date = :d AND application_id = :a ORDER BY pattern""", idNumber, applicationId, runDate);
        section(out, "key supervision", """
                SELECT array_to_string(reasons, ';') FROM key_supervision WHERE run_date = :d AND application_id = :a""", idNumber, applicationId, runDate);
        section(out, "draws (draw_id, exam, in population, sampled, ticket)", """
                SELECT d.draw_id, d.exam_code || ' ' || d.exam_year, 'in population',
                       CASE WHEN s.application_id IS NULL THEN 'not sampled' ELSE 'sampled' END, s.ticket
                  FROM sample_draws d
                  JOIN draw_population p ON p.draw_id = d.draw_id AND p.application_id = :a
                  LEFT JOIN sampled s ON s.draw_id = d.draw_id AND s.application_id = :a
                 WHERE d.run_date = :d ORDER BY d.draw_id""", idNumber, applicationId, runDate);
        versions(out, runDate);
        return Optional.of(out);
    }

    /** The candidate behind the application (masked); returns the unmasked id_number for the queries. */
    private String candidate(String applicationId, List<String> out) {
        return jdbc.sql("""
                SELECT c.candidate_id, c.id_number, c.name, c.phone, a.exam_code, a.exam_year, a.level,
                       a.province_code, a.commitment
                  FROM applications a JOIN candidates c ON c.candidate_id = a.candidate_id
                 WHERE a.application_id = :a""")
                .param("a", applicationId)
                .query((rs, i) -> {
                    out.add("candidate " + rs.getString(1) + ", id_number " + Masking.idNumber(rs.getString(2))
                            + ", name "
                            + rs.getString(3) + ", phone " + Masking.phone(rs.getString(4)) + "; exam "
                            + rs.getString(5)
                            + " " + rs.getInt(6) + " " + rs.getString(7) + ", province " + rs.getString(8)
                            + ", commitment "
                            + rs.getString(9));
                    return rs.getString(2);
                })
                .optional()
                .orElse("");
    }

    private void section(List<String> out, String title, String sql, String idNumber, String applicationId) {
        section(out, title, sql, idNumber, applicationId, null);
    }

    private void section(
            List<String> out, String title, String sql, String idNumber, String applicationId, LocalDate runDate) {
        var statement = jdbc.sql(sql);
        if (sql.contains(":id")) {
            statement = statement.param("id", idNumber);
        }
        if (sql.contains(":a")) {
            statement = statement.param("a", applicationId);
        }
        if (sql.contains(":d")) {
            statement = statement.param("d", runDate);
        }
        List<String> rows = statement.query(Explanation::line).list();
        out.add(title + ": " + (rows.isEmpty() ? "none" : rows.size()));
        rows.forEach(r -> out.add("    " + r));
    }

    /** A row as "v1 | v2 | ...": id numbers and phones masked, nulls as "-". */
    private static String line(ResultSet rs, int row) throws SQLException {
        List<String> values = new ArrayList<>();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            String v = rs.getString(c);
            values.add(v == null ? "-" : Redaction.mask(v));
        }
        return String.join(" | ", values);
    }

    private void versions(List<String> out, LocalDate runDate) {
        List<Provenance.Version> read = provenance.behind(runDate);
        out.add("snapshot versions read: "
                + (read.isEmpty() ? "none recorded" : "run " + read.get(0).runId()));
        for (Provenance.Version v : read) {
            Optional<LocalDate> now = jdbc.sql("SELECT snapshot_date FROM authority_snapshots WHERE source = :s")
                    .param("s", v.dataset())
                    .query(LocalDate.class)
                    .optional();
            out.add("    " + v.dataset() + " | snapshot " + v.snapshotDate() + " | " + v.rowCount() + " rows | sha256 "
                    + (v.contentSha256() == null ? "-" : v.contentSha256())
                    + (now.isPresent() && !now.get().equals(v.snapshotDate())
                            ? " | the rows above are from the snapshot of " + now.get()
                            : ""));
        }
    }
}
