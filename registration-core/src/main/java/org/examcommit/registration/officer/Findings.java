package org.examcommit.registration.officer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.candidate.Fields;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Findings about an application (from flags, reports, on-site checks): opened, then confirmed or dismissed by an officer. */
@Service
class Findings {

    private static final String COLUMNS = """
            SELECT finding_id, application_id, kind, detail, status, created_at, decided_by, decided_at, decision_reason
              FROM findings
            """;
    private static final String LIST = COLUMNS + """
             WHERE (CAST(:status AS text) IS NULL OR status = :status)
               AND (CAST(:application AS text) IS NULL OR application_id = :application)
               AND (CAST(:kind AS text) IS NULL OR CAST(:kind AS text) = ANY (string_to_array(replace(kind, ' ', ''), ';')))
             ORDER BY finding_id LIMIT 500
            """;
    private static final String ONE_FOR_UPDATE = COLUMNS + " WHERE finding_id = ? FOR UPDATE";
    private static final String OPEN = """
            INSERT INTO findings (application_id, kind, detail, status, created_at) VALUES (?, ?, ?, 'OPEN', ?)
            RETURNING finding_id
            """;
    private static final String DECIDE = """
            UPDATE findings SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ? WHERE finding_id = ?
            """;

    private final JdbcClient jdbc;
    private final Applications applications;
    private final OfficerAudit audit;

    Findings(JdbcClient jdbc, Applications applications, OfficerAudit audit) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.audit = audit;
    }

    /** A finding as officers read it. */
    record Finding(
            long findingId,
            String applicationId,
            String kind,
            String detail,
            String status,
            Instant createdAt,
            String decidedBy,
            Instant decidedAt,
            String decisionReason) {}

    /** The statuses a finding can have. */
    enum Status {
        OPEN,
        CONFIRMED,
        DISMISSED
    }

    /**
     * The findings queue, by status, kind and application (each optional); an unknown status or kind is refused. A
     * kind matches a finding whose kind is that kind or joins it with others ({@code ;}), as the night writes them.
     */
    List<Finding> list(String status, String kind, String applicationId) {
        Status s = Fields.optionalCode("status", status, Status.class);
        String k = FindingKind.optional("kind", kind);
        return jdbc.sql(LIST)
                .param("status", s == null ? null : s.name(), java.sql.Types.VARCHAR)
                .param("kind", k, java.sql.Types.VARCHAR)
                .param("application", blankToNull(applicationId), java.sql.Types.VARCHAR)
                .query((rs, n) -> finding(rs))
                .list();
    }

    @Transactional
    Finding open(String officer, String applicationId, String kind, String detail, String reason, Instant now) {
        String why = OfficerAudit.requireReason(reason);
        String findingKind = FindingKind.require("kind", kind);
        if (detail == null || detail.isBlank()) {
            throw RuleViolationException.badInput(
                    "detail", "finding.kind-and-detail-required", "A finding needs a kind and a detail");
        }
        applications
                .find(applicationId, false)
                .orElseThrow(() -> RuleViolationException.notFound("applicationId", "No application with this id"));
        long id = jdbc.sql(OPEN)
                .param(applicationId)
                .param(findingKind)
                .param(detail.strip())
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
        audit.record(officer, "FINDING_OPEN", applicationId, why, "finding " + id + " " + findingKind, now);
        return get(id);
    }

    @Transactional
    Finding decide(String officer, long findingId, boolean confirm, String reason, Instant now) {
        String why = OfficerAudit.requireReason(reason);
        Finding f = jdbc.sql(ONE_FOR_UPDATE)
                .param(findingId)
                .query((rs, n) -> finding(rs))
                .optional()
                .orElseThrow(() -> RuleViolationException.notFound("id", "No finding with this id"));
        if (!"OPEN".equals(f.status())) {
            throw RuleViolationException.conflict(
                    "status", "finding.already-decided", "The finding is already " + f.status());
        }
        String status = confirm ? "CONFIRMED" : "DISMISSED";
        jdbc.sql(DECIDE)
                .param(status)
                .param(officer)
                .param(Timestamp.from(now))
                .param(why)
                .param(findingId)
                .update();
        audit.record(
                officer, "FINDING_" + status, f.applicationId(), why, "finding " + findingId + " " + f.kind(), now);
        return get(findingId);
    }

    private Finding get(long id) {
        return jdbc.sql(COLUMNS + " WHERE finding_id = ?")
                .param(id)
                .query((rs, n) -> finding(rs))
                .single();
    }

    private static Finding finding(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp decided = rs.getTimestamp(8);
        return new Finding(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getString(7),
                decided == null ? null : decided.toInstant(),
                rs.getString(9));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
