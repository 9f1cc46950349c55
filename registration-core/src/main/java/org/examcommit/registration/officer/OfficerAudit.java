package org.examcommit.registration.officer;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit trail: who did what to which application, when and why. Details never carry an unmasked id_number. */
@Repository
class OfficerAudit {

    private static final String INSERT = """
            INSERT INTO officer_audit (officer, action, target, reason, details, at) VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String BY_TARGET = """
            SELECT audit_id, officer, action, target, reason, details, at FROM officer_audit
             WHERE target = ? ORDER BY audit_id
            """;
    private static final String LATEST = """
            SELECT audit_id, officer, action, target, reason, details, at FROM officer_audit
             ORDER BY audit_id DESC LIMIT 500
            """;

    private final JdbcClient jdbc;

    OfficerAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit row. */
    record Entry(
            long auditId, String officer, String action, String target, String reason, String details, Instant at) {}

    /** A mandatory reason, checked before the action runs. */
    static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.badInput(
                    "reason", "officer.reason-required", "Every officer action needs a reason for the audit trail");
        }
        return reason.strip();
    }

    void record(String officer, String action, String target, String reason, String details, Instant at) {
        jdbc.sql(INSERT)
                .param(officer)
                .param(action)
                .param(target)
                .param(reason)
                .param(details)
                .param(Timestamp.from(at))
                .update();
    }

    List<Entry> entries(String target) {
        var spec = target == null || target.isBlank()
                ? jdbc.sql(LATEST)
                : jdbc.sql(BY_TARGET).param(target.strip());
        return spec.query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
