package org.examcommit.batch.verification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.examcommit.batch.verification.checks.ApplicationFacts;
import org.examcommit.batch.verification.checks.ArchiveRecord;
import org.examcommit.batch.verification.checks.Candidate;
import org.examcommit.batch.verification.checks.ClaimedJob;
import org.examcommit.batch.verification.checks.DegreeRecord;
import org.examcommit.batch.verification.checks.EducationEvidence;
import org.examcommit.batch.verification.checks.EducationRecord;
import org.examcommit.batch.verification.checks.InsuredSpan;
import org.examcommit.contract.Commitment;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;
import org.examcommit.contract.Violation;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.RowMapper;

/**
 * Streams the night's queued applications that have no result yet, each with everything its checks need, in
 * one set-based query: per application its candidate, identity record, education rows with their registry
 * records, jobs, insured spans and archive records (aggregated as JSON arrays), ordered by application_id.
 * The query itself skips what an earlier, interrupted execution already wrote, so the reader keeps no state.
 * A night is read in parts (a hash of application_id), one cursor each, so that several database backends
 * and mapping threads share the work. Public for the verification benchmark's diagnostics (module
 * benchmarks), which time the query and its mapping alone.
 */
public final class ApplicationFactsReader {

    public static final String SQL = """
            SELECT a.application_id, a.exam_code, a.exam_year, a.level, a.commitment, c.id_number, c.name,
                   ir.name AS identity_name,
                   (SELECT json_agg(json_build_array(e.seq, e.level, e.school, e.major, e.graduation_date,
                               e.certificate_no, e.degree, e.degree_certificate_no, e.name_on_certificate,
                               er.id_number, er.name, er.school, er.major, er.level, er.graduation_date,
                               dr.id_number, dr.name, dr.degree, dr.school, dr.major))
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
               AND (hashtext(q.application_id) & 2147483647) % ? = ?
               AND NOT EXISTS (SELECT 1 FROM verification_results v
                                WHERE v.run_date = q.run_date AND v.application_id = q.application_id)
             ORDER BY q.application_id
            """;

    private ApplicationFactsReader() {}

    /** The cursor over part {@code part} (0 to parts - 1) of the night's applications. */
    public static JdbcCursorItemReader<ApplicationFacts> create(
            DataSource dataSource, LocalDate runDate, int fetchSize, int part, int parts) {
        JdbcCursorItemReader<ApplicationFacts> reader = new JdbcCursorItemReader<>(dataSource, SQL, new FactsMapper());
        reader.setName("applicationFactsReader" + part);
        reader.setPreparedStatementSetter(
                new ArgumentPreparedStatementSetter(new Object[] {Date.valueOf(runDate), parts, part}));
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

        private static final Comparator<EducationEvidence> BY_SEQ =
                Comparator.comparingInt(row -> row.claim().seq());

        @Override
        public ApplicationFacts mapRow(ResultSet rs, int rowNum) throws SQLException {
            // by position, in the order of SQL's select list: a lookup by label per column costs per row
            return new ApplicationFacts(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    Commitment.fromCode(rs.getString(5)),
                    new Candidate(rs.getString(6), rs.getString(7)),
                    rs.getString(8),
                    education(rs.getString(9)),
                    jobs(rs.getString(10)),
                    spans(rs.getString(11)),
                    archive(rs.getString(12)));
        }

        private static List<EducationEvidence> education(String json) {
            List<EducationEvidence> rows = new ArrayList<>(2);
            for (String[] e : JsonArrays.parse(json)) {
                EducationRow claim = new EducationRow(
                        Integer.parseInt(e[0]),
                        EducationLevel.fromCode(e[1]),
                        e[2],
                        e[3],
                        date(e[4]),
                        e[5],
                        e[6] == null || e[6].isBlank() ? null : Degree.fromCode(e[6].strip()),
                        e[7],
                        e[8]);
                EducationRecord registry =
                        e[9] == null ? null : new EducationRecord(e[9], e[10], e[11], e[12], e[13], date(e[14]));
                DegreeRecord degree = e[15] == null ? null : new DegreeRecord(e[15], e[16], e[17], e[18], e[19]);
                rows.add(new EducationEvidence(claim, registry, degree));
            }
            // in seq order; sorted here, as an ORDER BY inside the aggregate cost the database a sort per application
            rows.sort(BY_SEQ);
            return rows;
        }

        private static List<ClaimedJob> jobs(String json) {
            List<ClaimedJob> jobs = new ArrayList<>(2);
            for (String[] j : JsonArrays.parse(json)) {
                jobs.add(new ClaimedJob(j[0], date(j[1]), date(j[2]), Boolean.parseBoolean(j[3])));
            }
            return jobs;
        }

        private static List<InsuredSpan> spans(String json) {
            List<InsuredSpan> spans = new ArrayList<>(2);
            for (String[] s : JsonArrays.parse(json)) {
                spans.add(new InsuredSpan(s[0], date(s[1]), date(s[2])));
            }
            return spans;
        }

        private static List<ArchiveRecord> archive(String json) {
            List<ArchiveRecord> records = new ArrayList<>(1);
            for (String[] x : JsonArrays.parse(json)) {
                records.add(new ArchiveRecord(x[0], Violation.fromCode(x[1]), date(x[2]), date(x[3])));
            }
            return records;
        }

        /** An ISO date as PostgreSQL writes it (yyyy-mm-dd), read without a formatter; anything else by LocalDate.parse. */
        static LocalDate date(String text) {
            if (text == null) {
                return null;
            }
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                try {
                    return LocalDate.of(
                            Integer.parseInt(text, 0, 4, 10),
                            Integer.parseInt(text, 5, 7, 10),
                            Integer.parseInt(text, 8, 10, 10));
                } catch (NumberFormatException e) {
                    // not digits: LocalDate.parse says what is wrong
                }
            }
            return LocalDate.parse(text);
        }
    }
}
