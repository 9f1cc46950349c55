package org.examcommit.registration.commitment;

import java.sql.Timestamp;
import java.time.Instant;
import org.examcommit.contract.ContractTime;
import org.examcommit.registration.application.Application;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.application.Applications;
import org.examcommit.registration.system.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Choosing a commitment (at submission or later) and withdrawing it, by the candidate only. */
@Service
public class CommitmentService {

    private static final String INSERT_EVENT = """
            INSERT INTO commitment_events (application_id, candidate_id, event, text_version, knows_notice,
                                           meets_conditions, information_true, accepts_verification, at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String SET_COMMITTED = """
            UPDATE applications SET commitment = 'COMMITTED', committed_at = ?, updated_at = ? WHERE application_id = ?
            """;
    private static final String SET_WITHDRAWN = """
            UPDATE applications SET commitment = 'WITHDRAWN', withdrawn_at = ?, updated_at = ? WHERE application_id = ?
            """;
    private static final String PASSED_ONSITE = """
            SELECT EXISTS (SELECT 1 FROM onsite_verifications WHERE application_id = ? AND result = 'PASS')
            """;

    private final JdbcClient jdbc;
    private final Applications applications;
    private final IntegrityHistory integrity;
    private final CommitmentTexts texts;

    CommitmentService(JdbcClient jdbc, Applications applications, IntegrityHistory integrity, CommitmentTexts texts) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.integrity = integrity;
        this.texts = texts;
    }

    /** Checks a chosen commitment's four items and text version (400 naming the missing one, or an unknown version). */
    public void requireComplete(CommitmentRequest request) {
        CommitmentRules.missingItem(request.items()).ifPresent(item -> {
            throw RuleViolationException.badInput(
                    "commitment.items." + item,
                    "commitment.item-required",
                    "Each of the four commitment items must be acknowledged (true); " + item + " is not");
        });
        if (request.textVersion() == null || request.textVersion().isBlank()) {
            throw RuleViolationException.badInput(
                    "commitment.textVersion",
                    "commitment.text-version-required",
                    "The version of the commitment text the candidate read is required");
        }
        if (!texts.inForce(request.textVersion().strip(), Instant.now())) {
            throw RuleViolationException.badInput(
                    "commitment.textVersion",
                    "commitment.text-version-unknown",
                    "No commitment text of this version in force (GET /api/commitment-texts/current)");
        }
    }

    /** Refuses (422, with the reason) a candidate whom an integrity record bars from committing. */
    public void requireNotBarred(String candidateId, Instant now) {
        CommitmentRules.Decision d =
                CommitmentRules.mayCommit(integrity.ofCandidate(candidateId), ContractTime.today(now));
        refuseUnless(d, "commitment");
    }

    /** Chooses the commitment after submission. */
    @Transactional
    public void commit(String candidateId, String applicationId, CommitmentRequest request, Instant now) {
        if (Boolean.FALSE.equals(request.chosen())) {
            throw RuleViolationException.badInput(
                    "chosen", "commitment.chosen", "To commit, send chosen true (or leave it out) with the four items");
        }
        requireComplete(request);
        Applications.Located located = applications.owned(candidateId, applicationId, true);
        Application app = located.application();
        refuseUnless(CommitmentRules.mayCommitLater(app, located.requireWindow(), now), "commitment");
        requireNotBarred(candidateId, now);
        Timestamp at = Timestamp.from(now);
        jdbc.sql(SET_COMMITTED).param(at).param(at).param(applicationId).update();
        jdbc.sql(INSERT_EVENT)
                .param(applicationId)
                .param(candidateId)
                .param(CommitmentRules.COMMITTED)
                .param(request.textVersion().strip())
                .param(true)
                .param(true)
                .param(true)
                .param(true)
                .param(at)
                .update();
        ApplicationStatus next = CommitmentRules.statusAfterLateCommitment(app.status());
        String reason =
                "Commitment chosen (text version " + request.textVersion().strip() + ")";
        if (next != app.status()) {
            applications.transition(applicationId, next, reason + ": online verification again", candidateId, now);
        } else {
            applications.event(applicationId, app.status(), reason, candidateId, now);
        }
    }

    /** Withdraws the commitment; an application exempted on its strength then needs on-site verification. */
    @Transactional
    public void withdraw(String candidateId, String applicationId, Instant now) {
        Applications.Located located = applications.owned(candidateId, applicationId, true);
        Application app = located.application();
        refuseUnless(CommitmentRules.mayWithdraw(app, located.requireWindow(), now), "commitment");
        Timestamp at = Timestamp.from(now);
        jdbc.sql(SET_WITHDRAWN).param(at).param(at).param(applicationId).update();
        jdbc.sql(INSERT_EVENT)
                .param(applicationId)
                .param(candidateId)
                .param(CommitmentRules.WITHDRAWN)
                .param(null)
                .param(null)
                .param(null)
                .param(null)
                .param(null)
                .param(at)
                .update();
        boolean passedOnsite = jdbc.sql(PASSED_ONSITE)
                .param(applicationId)
                .query(Boolean.class)
                .single();
        ApplicationStatus next = CommitmentRules.statusAfterWithdrawal(app.status(), passedOnsite);
        if (next != app.status()) {
            applications.transition(
                    applicationId,
                    next,
                    "Commitment withdrawn: the exemption no longer holds, on-site verification required",
                    candidateId,
                    now);
        } else {
            applications.event(
                    applicationId,
                    app.status(),
                    "Commitment withdrawn: on-site verification will be required;"
                            + " the commitment cannot be chosen again for this exam and year",
                    candidateId,
                    now);
        }
    }

    private static void refuseUnless(CommitmentRules.Decision d, String field) {
        if (!d.allowed()) {
            throw new RuleViolationException(
                    d.conflict() ? RuleViolationException.Kind.CONFLICT : RuleViolationException.Kind.REFUSED,
                    field,
                    d.rule(),
                    d.reason());
        }
    }
}
