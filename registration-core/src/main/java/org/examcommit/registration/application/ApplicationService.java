package org.examcommit.registration.application;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.examcommit.contract.Province;
import org.examcommit.registration.commitment.CommitmentRequest;
import org.examcommit.registration.commitment.CommitmentService;
import org.examcommit.registration.exam.Exam;
import org.examcommit.registration.exam.ExamCatalogue;
import org.examcommit.registration.exam.ExamWindow;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Submission, reading, payment and confirmation of a candidate's own applications. */
@Service
class ApplicationService {

    /**
     * One statement, one round trip: the application, its first two timeline entries and the commitment
     * event. The partial unique index on API rows decides "one per exam and year", so two racing
     * submissions cannot both pass. A commitment is not inserted while the candidate has any integrity
     * record ({@code any_record}) unless {@code records_checked}: the service then reads the records and lets
     * {@code CommitmentRules} decide, so the rule stays in Java and the usual submission (no record) needs
     * no second round trip. The values come in once each, positionally, as the row {@code p}: the candidate
     * was bound five times and the time four, on the busiest path of the registration window.
     */
    private static final String SUBMIT = """
            WITH p AS (
                SELECT CAST(? AS text) AS candidate, CAST(? AS text) AS exam, CAST(? AS int) AS year,
                       CAST(? AS text) AS level, CAST(? AS text) AS province, CAST(? AS boolean) AS committed,
                       CAST(? AS text) AS text_version, CAST(? AS text) AS submitted_reason,
                       CAST(? AS text) AS awaiting_reason, CAST(? AS timestamptz) AS now,
                       CAST(? AS boolean) AS records_checked
            ), flagged AS (
                SELECT EXISTS (SELECT 1 FROM integrity_records r JOIN candidates c ON c.id_number = r.id_number
                                WHERE c.candidate_id = p.candidate)
                    OR EXISTS (SELECT 1 FROM integrity_archive a JOIN candidates c ON c.id_number = a.id_number
                                WHERE c.candidate_id = p.candidate) AS any_record
                  FROM p
                 WHERE p.committed AND NOT p.records_checked
            ), ins AS (
                INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code,
                                          commitment, committed_at, submitted_at, status, source, updated_at)
                SELECT 'AP' || lpad(nextval('application_number_seq')::text, 10, '0'), p.candidate, p.exam, p.year,
                       p.level, p.province, CASE WHEN p.committed THEN 'COMMITTED' ELSE 'NOT_CHOSEN' END,
                       CASE WHEN p.committed THEN p.now END, p.now, 'AWAITING_ONLINE_VERIFICATION', 'API', p.now
                  FROM p
                 WHERE NOT EXISTS (SELECT 1 FROM flagged WHERE any_record)
                ON CONFLICT (candidate_id, exam_code, exam_year) WHERE source = 'API' DO NOTHING
                RETURNING application_id
            ), timeline AS (
                INSERT INTO application_events (application_id, status, reason, actor, at)
                SELECT ins.application_id, e.status, e.reason, p.candidate, p.now
                  FROM ins CROSS JOIN p
                 CROSS JOIN LATERAL (VALUES (1, 'SUBMITTED', p.submitted_reason),
                                            (2, 'AWAITING_ONLINE_VERIFICATION', p.awaiting_reason)) AS e (seq, status, reason)
                 ORDER BY e.seq
            ), commitment AS (
                INSERT INTO commitment_events (application_id, candidate_id, event, text_version, knows_notice,
                                               meets_conditions, information_true, accepts_verification, at)
                SELECT ins.application_id, p.candidate, 'COMMITTED', p.text_version, true, true, true, true, p.now
                  FROM ins CROSS JOIN p
                 WHERE p.committed
            )
            SELECT (SELECT application_id FROM ins) AS application_id,
                   coalesce((SELECT any_record FROM flagged), false) AS any_record
            """;

    private static final String COMPLETE = """
            SELECT EXISTS (SELECT 1 FROM candidate_photos p WHERE p.candidate_id = c.candidate_id),
                   EXISTS (SELECT 1 FROM education e WHERE e.candidate_id = c.candidate_id)
              FROM candidates c WHERE c.candidate_id = ?
            """;

    static final String AWAITING_REASON = "Waiting for the nightly online verification";
    private static final String INSERT_PAYMENT = """
            INSERT INTO payments (application_id, amount, reference, paid_at) VALUES (?, ?, ?, ?)
            """;
    private static final String FEE = """
            SELECT fee FROM exam_windows WHERE exam_code = ? AND exam_year = ? AND province_code = ?
            """;
    private static final String SET_PAID = "UPDATE applications SET paid_at = ? WHERE application_id = ?";

    private final JdbcClient jdbc;
    private final ExamCatalogue catalogue;
    private final Applications applications;
    private final CommitmentService commitments;

    private final RandomDraws draws;

    ApplicationService(
            JdbcClient jdbc,
            ExamCatalogue catalogue,
            Applications applications,
            CommitmentService commitments,
            RandomDraws draws) {
        this.draws = draws;
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.applications = applications;
        this.commitments = commitments;
    }

    ApplicationView submit(String candidateId, SubmitRequest request, Instant now) {
        ExamWindow window = openWindow(request, now);
        ApplicationRules.requireComplete(jdbc.sql(COMPLETE)
                .param(candidateId)
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)})
                .single());
        CommitmentRequest commitment = request.commitment();
        boolean committed = commitment != null && commitment.isChosen();
        if (committed) {
            commitments.requireComplete(commitment);
        }
        String textVersion = committed ? commitment.textVersion().strip() : null;
        String submittedReason = committed
                ? "Submitted with the commitment (text version " + textVersion + ")"
                : "Submitted without a commitment: on-site verification will be required";
        Outcome outcome = insert(candidateId, request, window, committed, textVersion, submittedReason, now, false);
        if (outcome.applicationId() == null && outcome.anyRecord()) {
            // the candidate has integrity records: the rule decides, and the insert runs again if it allows
            commitments.requireNotBarred(candidateId, now);
            outcome = insert(candidateId, request, window, committed, textVersion, submittedReason, now, true);
        }
        if (outcome.applicationId() == null) {
            throw RuleViolationException.conflict(
                    "examYear",
                    "application.one-per-exam-year",
                    "You already applied for " + window.examCode() + " " + window.examYear()
                            + ": one application per exam and year, whatever the province");
        }
        Application a = new Application(
                outcome.applicationId(),
                candidateId,
                window.examCode(),
                window.examYear(),
                request.level(),
                window.provinceCode(),
                committed ? "COMMITTED" : "NOT_CHOSEN",
                committed ? now : null,
                null,
                now,
                null,
                ApplicationStatus.AWAITING_ONLINE_VERIFICATION);
        return ApplicationView.of(
                a,
                List.of(
                        new Applications.Event(ApplicationStatus.SUBMITTED, submittedReason, candidateId, now),
                        new Applications.Event(
                                ApplicationStatus.AWAITING_ONLINE_VERIFICATION, AWAITING_REASON, candidateId, now)));
    }

    private record Outcome(String applicationId, boolean anyRecord) {}

    private Outcome insert(
            String candidateId,
            SubmitRequest request,
            ExamWindow window,
            boolean committed,
            String textVersion,
            String submittedReason,
            Instant now,
            boolean recordsChecked) {
        // in the order of p's columns; a null text version still needs its type
        return jdbc.sql(SUBMIT)
                .params(
                        candidateId,
                        window.examCode(),
                        window.examYear(),
                        request.level(),
                        window.provinceCode(),
                        committed,
                        new SqlParameterValue(Types.VARCHAR, textVersion),
                        submittedReason,
                        AWAITING_REASON,
                        now.atOffset(ZoneOffset.UTC),
                        recordsChecked)
                .query((rs, n) -> new Outcome(rs.getString(1), rs.getBoolean(2)))
                .single();
    }

    /** The province's window of a known exam and level, open at {@code now}. */
    private ExamWindow openWindow(SubmitRequest request, Instant now) {
        Exam exam = catalogue
                .exam(request.examCode().strip())
                .orElseThrow(() -> RuleViolationException.badInput(
                        "examCode",
                        "application.unknown-exam",
                        "No exam with this code in the catalogue (GET /api/exams)"));
        if (!exam.hasLevel(request.level())) {
            throw RuleViolationException.badInput(
                    "level", "application.unknown-level", "Exam " + exam.code() + " has no level " + request.level());
        }
        if (!Province.isCode(request.provinceCode())) {
            throw RuleViolationException.badInput(
                    "provinceCode",
                    "application.unknown-province",
                    "provinceCode must be a 2-digit GB/T 2260 province code of the contract");
        }
        ExamWindow window = catalogue
                .window(exam.code(), request.examYear(), request.provinceCode())
                .orElseThrow(() -> RuleViolationException.refused(
                        "examYear",
                        "application.no-window",
                        "Exam " + exam.code() + " has no registration window for " + request.examYear()
                                + " in province " + request.provinceCode()));
        if (!window.isOpen(now)) {
            throw RuleViolationException.refused(
                    "provinceCode",
                    "application.window-closed",
                    "The registration window " + window.describe() + " is "
                            + (now.isBefore(window.registrationOpens()) ? "not open yet" : "closed"));
        }
        return window;
    }

    List<ApplicationView> mine(String candidateId) {
        return applications.ofCandidate(candidateId).stream()
                .map(a -> ApplicationView.of(a, null))
                .toList();
    }

    ApplicationView detail(String candidateId, String applicationId) {
        Application a = applications.owned(candidateId, applicationId, false).application();
        return ApplicationView.of(
                a,
                applications.history(applicationId),
                draws.revealed(applicationId).orElse(null));
    }

    @Transactional
    void pay(String candidateId, String applicationId, PaymentRequest payment, Instant now) {
        Applications.Located located = applications.owned(candidateId, applicationId, true);
        ApplicationRules.requirePayable(located.application(), located.requireWindow(), now);
        Application a = located.application();
        ApplicationRules.requireFee(
                jdbc.sql(FEE)
                        .params(a.examCode(), a.examYear(), a.provinceCode())
                        .query((rs, n) -> Optional.ofNullable(rs.getBigDecimal(1)))
                        .single()
                        .orElse(null),
                payment.amount());
        Timestamp at = Timestamp.from(now);
        jdbc.sql(INSERT_PAYMENT)
                .param(applicationId)
                .param(payment.amount())
                .param(payment.reference().strip())
                .param(at)
                .update();
        jdbc.sql(SET_PAID).param(at).param(applicationId).update();
        applications.transition(
                applicationId,
                ApplicationStatus.PAID,
                "Fee of " + payment.amount() + " paid (reference "
                        + payment.reference().strip() + ")",
                candidateId,
                now);
    }

    /** Cancels an unpaid application; the night no longer verifies it (it takes only those awaiting verification). */
    @Transactional
    void cancel(String candidateId, String applicationId, Instant now) {
        Applications.Located located = applications.owned(candidateId, applicationId, true);
        ApplicationRules.requireCancellable(located.application());
        applications.transition(
                applicationId,
                ApplicationStatus.CANCELLED,
                "Cancelled by the candidate before payment (was "
                        + located.application().status() + ")",
                candidateId,
                now);
    }

    @Transactional
    void confirm(String candidateId, String applicationId, Instant now) {
        Applications.Located located = applications.owned(candidateId, applicationId, true);
        ApplicationRules.requireConfirmable(located.application());
        applications.transition(
                applicationId,
                ApplicationStatus.CONFIRMED,
                "Confirmed by the candidate after verification passed ("
                        + located.application().status() + ")",
                candidateId,
                now);
    }
}
