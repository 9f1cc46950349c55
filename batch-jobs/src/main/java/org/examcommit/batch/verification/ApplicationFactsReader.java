package org.examcommit.batch.verification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.examcommit.batch.verification.checks.ApplicationFacts;
import org.examcommit.batch.verification.checks.ArchiveRecord;
import org.examcommit.batch.verification.checks.Candidate;
import org.examcommit.batch.verification.checks.ClaimedJob;
import org.examcommit.batch.verification.checks.Commitment;
import org.examcommit.batch.verification.checks.DegreeRecord;
import org.examcommit.batch.verification.checks.EducationClaim;
import org.examcommit.batch.verification.checks.EducationLevel;
import org.examcommit.batch.verification.checks.EducationRecord;
import org.examcommit.batch.verification.checks.EducationRow;
import org.examcommit.batch.verification.checks.InsuredSpan;
import org.examcommit.batch.verification.checks.Violation;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the night's queued applications that have no result yet, each with everything its checks need, in
 * one set-based query: per application its candidate, identity record, education rows with their registry
 * records, jobs, insured spans and archive records (aggregated as JSON arrays), ordered by application_id.
 * The query itself skips what an earlier, interrupted execution already wrote, so the reader keeps no state.
 */
final class ApplicationFactsReader {

    static final String SQL = """
            SELECT a.application_id, a.exam_code, a.exam_year, a.level, a.commitment, c.id_number, c.name,
                   ir.name AS identity_name,
                   (SELECT json_agg(json_build_array(e.seq, e.level, e.school, e.major, e.graduation_date,
                               e.certificate_no, e.degree, e.degree_certificate_no, e.name_on_certificate,
                               er.id_number, er.name, er.school, er.major, er.level, er.graduation_date,
                               dr.id_number, dr.name, dr.degree, dr.school, dr.major) ORDER BY e.seq)
                      FROM education e
                      LEFT JOIN education_registry er ON er.certificate_no = e.certificate_no
                      LEFT JOIN degree_registry dr ON dr.certificate_no = e.degree_certificate_no
                     WHERE e.candidate_id = a.candidate_id) AS education,
                   (SELECT json_agg(json_build_array(w.employer_credit_code, w.start_date, w.end_date, w.social_work))
                      FROM work_experience w
                     WHERE w.candidate_id = a.candidate_id) AS jobs,
                   (SELECT json_agg(json_build_array(s.employer_credit_code, s.first_month, s.last_month))
                      FROM social_insurance_spans s
                     WHERE s.id_number = c.id_number) AS spans,
                   (SELECT json_agg(json_build_array(x.exam_code, x.violation, x.decided_on, x.recorded_until))
                      FROM integrity_archive x
                     WHERE x.id_number = c.id_number) AS archive
              FROM verification_queue q
              JOIN applications a ON a.application_id = q.application_id
              JOIN candidates c ON c.candidate_id = a.candidate_id
              LEFT JOIN identity_registry ir ON ir.id_number = c.id_number
             WHERE q.run_date = ?
               AND NOT EXISTS (SELECT 1 FROM verification_results v
                                WHERE v.run_date = q.run_date AND v.application_id = q.application_id)
             ORDER BY q.application_id
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApplicationFactsReader() {
    }

    static JdbcCursorItemReader<ApplicationFacts> create(DataSource dataSource, LocalDate runDate, int fetchSize) {
        JdbcCursorItemReader<ApplicationFacts> reader = new JdbcCursorItemReader<>(dataSource, SQL, new FactsMapper());
        reader.setName("applicationFactsReader");
        reader.setPreparedStatementSetter(new ArgumentPreparedStatementSetter(new Object[] {Date.valueOf(runDate)}));
        reader.setFetchSize(fetchSize);
        // PostgreSQL streams a result set in fetch-size rounds only outside auto-commit
        reader.setConnectionAutoCommit(false);
        // the query leaves out what was written: a restart needs no saved position
        reader.setSaveState(false);
        reader.setVerifyCursorPosition(false);
        return reader;
    }

    /** Maps one row of {@link #SQL}; a malformed row fails here and fails the step (it is not a verification result). */
    static final class FactsMapper implements RowMapper<ApplicationFacts> {

        @Override
        public ApplicationFacts mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new ApplicationFacts(rs.getString("application_id"), rs.getString("exam_code"), rs.getInt("exam_year"),
                    rs.getString("level"), Commitment.valueOf(rs.getString("commitment")),
                    new Candidate(rs.getString("id_number"), rs.getString("name")), rs.getString("identity_name"),
                    education(rs.getString("education")), jobs(rs.getString("jobs")), spans(rs.getString("spans")),
                    archive(rs.getString("archive")));
        }

        private static List<EducationRow> education(String json) {
            List<EducationRow> rows = new ArrayList<>();
            for (JsonNode e : array(json)) {
                EducationClaim claim = new EducationClaim(e.get(0).asInt(), EducationLevel.valueOf(text(e, 1)), text(e, 2),
                        text(e, 3), date(e, 4), text(e, 5), text(e, 6), text(e, 7), text(e, 8));
                EducationRecord registry = text(e, 9) == null ? null
                        : new EducationRecord(text(e, 9), text(e, 10), text(e, 11), text(e, 12), text(e, 13), date(e, 14));
                DegreeRecord degree = text(e, 15) == null ? null
                        : new DegreeRecord(text(e, 15), text(e, 16), text(e, 17), text(e, 18), text(e, 19));
                rows.add(new EducationRow(claim, registry, degree));
            }
            return rows;
        }

        private static List<ClaimedJob> jobs(String json) {
            List<ClaimedJob> jobs = new ArrayList<>();
            for (JsonNode j : array(json)) {
                jobs.add(new ClaimedJob(text(j, 0), date(j, 1), date(j, 2), j.get(3).asBoolean()));
            }
            return jobs;
        }

        private static List<InsuredSpan> spans(String json) {
            List<InsuredSpan> spans = new ArrayList<>();
            for (JsonNode s : array(json)) {
                spans.add(new InsuredSpan(text(s, 0), date(s, 1), date(s, 2)));
            }
            return spans;
        }

        private static List<ArchiveRecord> archive(String json) {
            List<ArchiveRecord> records = new ArrayList<>();
            for (JsonNode x : array(json)) {
                records.add(new ArchiveRecord(text(x, 0), Violation.valueOf(text(x, 1)), date(x, 2), date(x, 3)));
            }
            return records;
        }

        private static Iterable<JsonNode> array(String json) {
            return json == null ? List.of() : JSON.readTree(json);
        }

        private static String text(JsonNode node, int index) {
            JsonNode value = node.get(index);
            return value == null || value.isNull() ? null : value.asString();
        }

        private static LocalDate date(JsonNode node, int index) {
            String value = text(node, index);
            return value == null ? null : LocalDate.parse(value);
        }
    }
}
