package org.examcommit.registration.education;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.contract.ContractTime;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.EducationRow;
import org.examcommit.registration.candidate.IdNumber;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A candidate's education rows. Adding one locks the candidate so two requests cannot take one seq. */
@Repository
class EducationStore {

    // The lock and the count are two statements on purpose: in READ COMMITTED a statement that waited
    // for the lock still sees the rows of its own (older) snapshot, so the count must come after it.
    private static final String LOCK_CANDIDATE =
            "SELECT name, id_number FROM candidates WHERE candidate_id = ? FOR UPDATE";
    private static final String LAST_SEQ = "SELECT coalesce(max(seq), 0) FROM education WHERE candidate_id = ?";
    private static final String INSERT = """
            INSERT INTO education (candidate_id, seq, level, school, major, graduation_date, certificate_no, degree,
                                   degree_certificate_no, name_on_certificate)
            VALUES (:candidateId, :seq, :level, :school, :major, :graduationDate, :certificateNo, :degree,
                    :degreeCertificateNo, :nameOnCertificate)
            """;
    private static final String LIST = """
            SELECT seq, level, school, major, graduation_date, certificate_no, degree, degree_certificate_no,
                   name_on_certificate
              FROM education
             WHERE candidate_id = ?
             ORDER BY seq
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** {@code clock} decides "today" for the rule that no date lies in the future (in ContractTime's zone). */
    EducationStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Checks the claim against the candidate's rows and stores it as the next seq. */
    EducationRow add(String candidateId, EducationClaim claim) {
        return transaction.execute(status -> {
            String[] candidate = jdbc.sql(LOCK_CANDIDATE)
                    .param(candidateId)
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                    .optional()
                    .orElseThrow(() -> RuleViolationException.notFound(null, "No such candidate account"));
            String name = candidate[0];
            int rows =
                    jdbc.sql(LAST_SEQ).param(candidateId).query(Integer.class).single();
            EducationRow row = EducationRules.checkAdd(rows, claim, name, ContractTime.today(clock));
            if (IdNumber.isValid(candidate[1])) {
                EducationRules.requireAfterBirth(row.graduationDate(), new IdNumber(candidate[1]).birthDate());
            }
            jdbc.sql(INSERT)
                    .param("candidateId", candidateId)
                    .param("seq", row.seq())
                    .param("level", row.level().name())
                    .param("school", row.school())
                    .param("major", row.major())
                    .param("graduationDate", row.graduationDate())
                    .param("certificateNo", row.certificateNo())
                    .param("degree", row.degree() == null ? null : row.degree().name(), java.sql.Types.VARCHAR)
                    .param("degreeCertificateNo", row.degreeCertificateNo(), java.sql.Types.VARCHAR)
                    .param("nameOnCertificate", row.nameOnCertificate())
                    .update();
            return row;
        });
    }

    List<EducationRow> list(String candidateId) {
        return jdbc.sql(LIST).param(candidateId).query(EducationStore::row).list();
    }

    private static EducationRow row(ResultSet rs, int n) throws SQLException {
        String degree = rs.getString(7);
        return new EducationRow(
                rs.getInt(1),
                EducationLevel.fromCode(rs.getString(2)),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getString(6),
                degree == null ? null : Degree.fromCode(degree),
                rs.getString(8),
                rs.getString(9));
    }
}
