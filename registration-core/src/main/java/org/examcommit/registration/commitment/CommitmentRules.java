package org.examcommit.registration.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.examcommit.contract.IntegrityBar;
import org.examcommit.contract.Violation;
import org.examcommit.registration.application.Application;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.exam.ExamWindow;

/** Who may commit, and when a commitment can be chosen later or withdrawn. */
public final class CommitmentRules {

    static final String COMMITTED = "COMMITTED";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    private CommitmentRules() {}

    /**
     * The outcome of a rule: allowed, or the rule that refuses and why.
     *
     * @param conflict the refusal is about the current state (answered 409) rather than a rule (422)
     */
    public record Decision(String rule, String reason, boolean conflict) {

        static final Decision ALLOWED = new Decision(null, null, false);

        static Decision refused(String rule, String reason) {
            return new Decision(rule, reason, false);
        }

        public boolean allowed() {
            return rule == null;
        }
    }

    /** A candidate may commit unless a record bars it ({@link IntegrityBar}); the refusal names the record. */
    public static Decision mayCommit(List<IntegrityRecord> records, LocalDate today) {
        return IntegrityBar.barring(records, today).map(CommitmentRules::barred).orElse(Decision.ALLOWED);
    }

    private static Decision barred(IntegrityRecord r) {
        if (r.violation() == Violation.FALSE_COMMITMENT) {
            return Decision.refused(
                    "commitment.barred",
                    "A past false commitment (exam " + r.examCode() + ", decided on " + r.decidedOn()
                            + ") bars the commitment for good");
        }
        return Decision.refused(
                "commitment.barred",
                "An integrity record (" + r.violation() + ", exam " + r.examCode()
                        + ", decided on " + r.decidedOn() + ", recorded "
                        + (r.recordedUntil() == null ? "without end" : "until " + r.recordedUntil())
                        + ") bars the commitment while its record period runs");
    }

    /** The first of the four items that is not acknowledged (true), by its JSON name. */
    public static Optional<String> missingItem(CommitmentItems items) {
        if (items == null) {
            return Optional.of("knowsNotice");
        }
        return items.byName().entrySet().stream()
                .filter(e -> !Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Withdrawal: only of a commitment, before payment and before the province's registration deadline. */
    public static Decision mayWithdraw(Application application, ExamWindow window, Instant now) {
        if (!COMMITTED.equals(application.commitment())) {
            return new Decision(
                    "commitment.not-committed",
                    "There is no commitment to withdraw (commitment is " + application.commitment() + ")",
                    true);
        }
        if (application.status().closed()) {
            return Decision.refused("commitment.application-closed", "The application is " + application.status());
        }
        if (application.paid()) {
            return Decision.refused(
                    "commitment.withdraw-after-payment", "A commitment cannot be withdrawn after the fee is paid");
        }
        if (!now.isBefore(window.registrationCloses())) {
            return Decision.refused(
                    "commitment.withdraw-after-deadline",
                    "A commitment cannot be withdrawn after the " + "registration deadline "
                            + window.registrationCloses() + " of " + window.describe());
        }
        return Decision.ALLOWED;
    }

    /** Committing after submission: once, never again after a withdrawal, before payment and the registration deadline. */
    public static Decision mayCommitLater(Application application, ExamWindow window, Instant now) {
        if (WITHDRAWN.equals(application.commitment())) {
            return Decision.refused(
                    "commitment.no-recommit",
                    "The commitment was withdrawn; it cannot be chosen again for " + application.examCode() + " "
                            + application.examYear());
        }
        if (COMMITTED.equals(application.commitment())) {
            return new Decision("commitment.already-committed", "The commitment is already chosen", true);
        }
        if (NOT_APPLICABLE.equals(application.commitment())) {
            return Decision.refused("commitment.not-applicable", "The commitment does not apply to this application");
        }
        if (application.status().closed()) {
            return Decision.refused("commitment.application-closed", "The application is " + application.status());
        }
        if (application.paid()) {
            return Decision.refused("commitment.after-payment", "A commitment cannot be chosen after the fee is paid");
        }
        if (!now.isBefore(window.registrationCloses())) {
            return Decision.refused(
                    "commitment.after-deadline",
                    "A commitment cannot be chosen after the registration " + "deadline " + window.registrationCloses()
                            + " of " + window.describe());
        }
        return Decision.ALLOWED;
    }

    /**
     * The state after a withdrawal: an application exempted on the strength of the commitment needs on-site
     * verification (EXEMPT, or CONFIRMED without an on-site pass); other states stay, and the nightly
     * verification routes a pending one on site because the commitment is WITHDRAWN.
     */
    public static ApplicationStatus statusAfterWithdrawal(ApplicationStatus status, boolean passedOnsite) {
        if (status == ApplicationStatus.EXEMPT || (status == ApplicationStatus.CONFIRMED && !passedOnsite)) {
            return ApplicationStatus.ONSITE_REQUIRED;
        }
        return status;
    }

    /** A commitment chosen after an on-site route sends the application back to the nightly online verification. */
    public static ApplicationStatus statusAfterLateCommitment(ApplicationStatus status) {
        return status == ApplicationStatus.ONSITE_REQUIRED ? ApplicationStatus.AWAITING_ONLINE_VERIFICATION : status;
    }
}
