package org.examcommit.registration.commitment;

import java.sql.Date;
import java.util.List;
import org.examcommit.contract.Violation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every integrity record of a candidate's id_number, from officers' decisions and from the imported archive. */
@Repository
public class IntegrityHistory {

    private static final String OF_CANDIDATE = """
            SELECT 'DECISION', r.finding, r.exam_code, r.decided_on, r.recorded_until
              FROM integrity_records r JOIN candidates c ON c.id_number = r.id_number
             WHERE c.candidate_id = ?
            UNION ALL
            SELECT 'ARCHIVE', a.violation, a.exam_code, a.decided_on, a.recorded_until
              FROM integrity_archive a JOIN candidates c ON c.id_number = a.id_number
             WHERE c.candidate_id = ?
            """;

    private final JdbcClient jdbc;

    IntegrityHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<IntegrityRecord> ofCandidate(String candidateId) {
        return jdbc.sql(OF_CANDIDATE)
                .param(candidateId)
                .param(candidateId)
                .query((rs, n) -> new IntegrityRecord(
                        rs.getString(1),
                        Violation.fromCode(rs.getString(2)),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        date(rs.getDate(5))))
                .list();
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
