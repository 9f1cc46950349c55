package org.examcommit.registration.officer;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import org.examcommit.contract.ContractTime;
import org.examcommit.contract.Disposition;
import org.examcommit.contract.Disposition.Stage;
import org.examcommit.registration.application.Application;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** On-site verification results and dispositions of false commitments, each written to the audit trail. */
@Service
class OfficerService {

    private static final String INSERT_ONSITE = """
            INSERT INTO onsite_verifications (application_id, result, note, officer, recorded_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String HAS_RECORD = "SELECT EXISTS (SELECT 1 FROM integrity_records WHERE application_id = ?)";
    private static final String FINDING_STATUS =
            "SELECT status FROM findings WHERE finding_id = ? AND application_id = ? FOR SHARE";
    private static final String INSERT_RECORD = """
            INSERT INTO integrity_records (id_number, application_id, exam_code, finding, disposition, basis, decided_on,
                                           recorded_until, finding_id, decided_by, created_at)
            SELECT c.id_number, a.application_id, a.exam_code, 'FALSE_COMMITMENT', ?, ?, ?, ?, ?, ?, ?
              FROM applications a JOIN candidates c ON c.candidate_id = a.candidate_id
             WHERE a.application_id = ?
            RETURNING record_id
            """;

    private final JdbcClient jdbc;
    private final Applications applications;
    private final OfficerAudit audit;
    private final RecordPeriods periods;

    OfficerService(JdbcClient jdbc, Applications applications, OfficerAudit audit, RecordPeriods periods) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.audit = audit;
        this.periods = periods;
    }

    /** An on-site verification request's outcome. */
    enum OnsiteResult {
        PASS,
        FAIL
    }

    /** The integrity record a disposition wrote (the id_number stays in the table, never in the answer). */
    record DispositionRecord(
            long recordId,
            String applicationId,
            String examCode,
            String finding,
            Disposition disposition,
            Stage stage,
            String basis,
            LocalDate decidedOn,
            LocalDate recordedUntil) {}

    /** PASS makes an ONSITE_REQUIRED application VERIFIED, FAIL makes it VOID. */
    @Transactional
    void onsite(String officer, String applicationId, OnsiteResult result, String reason, Instant now) {
        String why = OfficerAudit.requireReason(reason);
        if (result == null) {
            throw RuleViolationException.badInput("result", "onsite.result-required", "result must be PASS or FAIL");
        }
        Application a = load(applicationId);
        if (a.status() != ApplicationStatus.ONSITE_REQUIRED) {
            throw RuleViolationException.refused(
                    "status",
                    "onsite.not-required",
                    "Only an application that requires on-site verification takes a result; it is " + a.status());
        }
        jdbc.sql(INSERT_ONSITE)
                .param(applicationId)
                .param(result.name())
                .param(why)
                .param(officer)
                .param(Timestamp.from(now))
                .update();
        boolean pass = result == OnsiteResult.PASS;
        applications.transition(
                applicationId,
                pass ? ApplicationStatus.VERIFIED : ApplicationStatus.VOID,
                (pass ? "On-site verification passed: " : "On-site verification failed: ") + why,
                officer,
                now);
        audit.record(
                officer,
                "ONSITE_" + result,
                applicationId,
                why,
                "status " + a.status() + " -> " + (pass ? ApplicationStatus.VERIFIED : ApplicationStatus.VOID),
                now);
    }

    /**
     * Records the disposition of a false commitment: the disposition must fit the stage, the integrity
     * record gets the false commitment's record period, and REGISTRATION_VOID voids the application.
     */
    @Transactional
    DispositionRecord dispose(String officer, String applicationId, DispositionRequest request, Instant now) {
        String why = OfficerAudit.requireReason(request.reason());
        String basis = DispositionRules.requireComplete(request.disposition(), request.basis());
        Disposition disposition = request.disposition();
        long findingId = DispositionRules.requireFinding(request.findingId());
        Applications.Located located = applications
                .find(applicationId, true)
                .orElseThrow(() -> RuleViolationException.notFound("id", "No application with this id"));
        Application a = located.application();
        DispositionRules.requireCommitted(a.commitment());
        DispositionRules.requireFirst(
                jdbc.sql(HAS_RECORD).param(applicationId).query(Boolean.class).single());
        DispositionRules.requireConfirmed(jdbc.sql(FINDING_STATUS)
                .param(findingId)
                .param(applicationId)
                .query(String.class)
                .optional()
                .orElseThrow(() ->
                        RuleViolationException.notFound("findingId", "No finding with this id for this application")));
        LocalDate today = ContractTime.today(now);
        Stage stage = DispositionRules.stage(request.stage(), today, located.requireWindow(), request.isCertified());
        DispositionRules.requireFits(disposition, stage);
        LocalDate until = periods.recordedUntil("FALSE_COMMITMENT", today);
        long recordId = jdbc.sql(INSERT_RECORD)
                .param(disposition.name())
                .param(basis)
                .param(today)
                .param(new SqlParameterValue(Types.DATE, until))
                .param(findingId)
                .param(officer)
                .param(Timestamp.from(now))
                .param(applicationId)
                .query(Long.class)
                .single();
        String text = disposition + " (false commitment, basis: " + basis + "): " + why;
        ApplicationStatus after = DispositionRules.statusAfter(disposition, a.status());
        if (after != a.status()) {
            applications.transition(applicationId, after, text, officer, now);
        } else {
            applications.event(applicationId, a.status(), text, officer, now);
        }
        audit.record(
                officer,
                "DISPOSITION_" + disposition,
                applicationId,
                why,
                "integrity record " + recordId + ", stage " + stage + ", basis " + basis + ", recorded until "
                        + (until == null ? "without end" : until),
                now);
        return new DispositionRecord(
                recordId, applicationId, a.examCode(), "FALSE_COMMITMENT", disposition, stage, basis, today, until);
    }

    private Application load(String applicationId) {
        return applications
                .find(applicationId, true)
                .orElseThrow(() -> RuleViolationException.notFound("id", "No application with this id"))
                .application();
    }
}
