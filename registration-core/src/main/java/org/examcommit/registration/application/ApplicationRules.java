package org.examcommit.registration.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.examcommit.registration.exam.ExamWindow;
import org.examcommit.registration.system.RuleViolationException;

/** What a candidate may do with an application in its current state: payment and confirmation. */
public final class ApplicationRules {

    private ApplicationRules() {}

    /** Payment only after verification passed (EXEMPT, VERIFIED or CONFIRMED), once, before the payment deadline. */
    public static void requirePayable(Application application, ExamWindow window, Instant now) {
        if (application.paid()) {
            throw RuleViolationException.conflict("status", "payment.already-paid", "The fee is already paid");
        }
        if (!application.status().verificationPassed()) {
            throw RuleViolationException.refused(
                    "status",
                    "payment.verification-not-passed",
                    "Payment is possible only after verification passed (EXEMPT, VERIFIED or CONFIRMED); the application is "
                            + application.status());
        }
        if (!now.isBefore(window.paymentDeadline())) {
            throw RuleViolationException.refused(
                    "status",
                    "payment.deadline-passed",
                    "The payment deadline of " + window.describe() + " passed at " + window.paymentDeadline());
        }
    }

    /**
     * A payment is the window's fee, exactly (compared as numbers: 60 and 60.00 are the same amount); a window
     * without a fee takes no payment.
     */
    public static void requireFee(BigDecimal fee, BigDecimal amount) {
        if (fee == null) {
            throw RuleViolationException.refused(
                    "amount", "payment.no-fee", "No fee is set for this exam window; payment is not possible yet");
        }
        if (amount.compareTo(fee) != 0) {
            throw RuleViolationException.refused(
                    "amount",
                    "payment.amount-mismatch",
                    "The fee of this exam window is " + fee.toPlainString() + "; the payment must be that amount");
        }
    }

    /** An application needs the registration photo and at least one education row ({photo, education}). */
    public static void requireComplete(boolean[] photoAndEducation) {
        if (!photoAndEducation[0]) {
            throw RuleViolationException.refused(
                    "photo", "application.photo-required", "Upload your registration photo before applying");
        }
        if (!photoAndEducation[1]) {
            throw RuleViolationException.refused(
                    "education", "application.education-required", "Add at least one education row before applying");
        }
    }

    /**
     * After a change of name, an application whose verification ran (or is running on site) goes back to the
     * online verification: the certificates were checked against the former name.
     */
    public static boolean backToVerificationAfterNameChange(ApplicationStatus status) {
        return status == ApplicationStatus.EXEMPT
                || status == ApplicationStatus.ONSITE_REQUIRED
                || status == ApplicationStatus.VERIFIED
                || status == ApplicationStatus.CONFIRMED
                || status == ApplicationStatus.PAID;
    }

    /** The candidate cancels an application not paid yet and not closed (a paid one: 409, the fee is taken). */
    public static void requireCancellable(Application application) {
        if (application.paid()) {
            throw RuleViolationException.conflict(
                    "status",
                    "cancel.already-paid",
                    "The fee is paid: a paid application cannot be cancelled here (ask the exam authority)");
        }
        if (application.status().closed()) {
            throw RuleViolationException.conflict(
                    "status", "cancel.closed", "The application is " + application.status() + " already");
        }
    }

    /** The candidate confirms an application whose verification passed (EXEMPT or VERIFIED). */
    public static void requireConfirmable(Application application) {
        ApplicationStatus s = application.status();
        if (s != ApplicationStatus.EXEMPT && s != ApplicationStatus.VERIFIED) {
            throw RuleViolationException.refused(
                    "status",
                    "confirm.verification-not-passed",
                    "Only an application that passed verification (EXEMPT or VERIFIED) can be confirmed; it is " + s);
        }
    }
}
