package org.examcommit.registration.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.examcommit.contract.ContractTime;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A candidate's jobs. Adding one locks the candidate so two requests cannot take one seq. */
@Repository
class WorkStore {

    // Two statements on purpose: in READ COMMITTED the count must see what the lock holder committed.
    private static final String LOCK_CANDIDATE = "SELECT 1 FROM candidates WHERE candidate_id = ? FOR UPDATE";
    private static final String LAST_SEQ = "SELECT coalesce(max(seq), 0) FROM work_experience WHERE candidate_id = ?";
    private static final String INSERT = """
            INSERT INTO work_experience (candidate_id, seq, employer_name, employer_credit_code, start_date, end_date, social_work)
            VALUES (:candidateId, :seq, :employerName, :employerCreditCode, :startDate, :endDate, :socialWork)
            """;
    // The candidate is part of the key: a seq of another candidate's row matches nothing.
    private static final String UPDATE = """
            UPDATE work_experience
               SET employer_name = :employerName, employer_credit_code = :employerCreditCode, start_date = :startDate,
                   end_date = :endDate, social_work = :socialWork, updated_at = now()
             WHERE candidate_id = :candidateId AND seq = :seq
            """;
    private static final String LIST = """
            SELECT seq, employer_name, employer_credit_code, start_date, end_date, social_work
              FROM work_experience
             WHERE candidate_id = ?
             ORDER BY seq
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    /** {@code clock} decides "today" for the rule that no date lies in the future (in ContractTime's zone). */
    WorkStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    WorkRow add(String candidateId, WorkClaim claim) {
        return transaction.execute(status -> {
            jdbc.sql(LOCK_CANDIDATE)
                    .param(candidateId)
                    .query(Integer.class)
                    .optional()
                    .orElseThrow(() -> RuleViolationException.notFound(null, "No such candidate account"));
            int rows =
                    jdbc.sql(LAST_SEQ).param(candidateId).query(Integer.class).single();
            WorkRow row = WorkRules.checkAdd(rows, claim, ContractTime.today(clock));
            write(INSERT, candidateId, row);
            return row;
        });
    }

    /** Replaces the candidate's own job {@code seq}; 404 when the candidate has no such job. */
    WorkRow replace(String candidateId, int seq, WorkClaim claim) {
        WorkRow row = WorkRules.check(seq, claim, ContractTime.today(clock));
        if (write(UPDATE, candidateId, row) == 0) {
            throw RuleViolationException.notFound("seq", "You have no job with this seq");
        }
        return row;
    }

    List<WorkRow> list(String candidateId) {
        return jdbc.sql(LIST).param(candidateId).query(WorkStore::row).list();
    }

    private int write(String sql, String candidateId, WorkRow row) {
        return jdbc.sql(sql)
                .param("candidateId", candidateId)
                .param("seq", row.seq())
                .param("employerName", row.employerName())
                .param("employerCreditCode", row.employerCreditCode())
                .param("startDate", row.startDate())
                .param("endDate", row.endDate(), Types.DATE)
                .param("socialWork", row.socialWork())
                .update();
    }

    private static WorkRow row(ResultSet rs, int n) throws SQLException {
        return new WorkRow(
                rs.getInt(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getBoolean(6));
    }
}
