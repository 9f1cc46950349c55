package org.examcommit.registration.officer;

import java.time.LocalDate;
import org.examcommit.contract.Commitment;
import org.examcommit.contract.Disposition;
import org.examcommit.contract.Disposition.Stage;
import org.examcommit.registration.application.ApplicationStatus;
import org.examcommit.registration.exam.ExamWindow;
import org.examcommit.registration.system.RuleViolationException;

/**
 * The rules of a false-commitment disposition: a complete request, on a committed application, once per
 * application, with the disposition that fits the exam's stage (stated by the officer, or derived from the exam
 * dates); REGISTRATION_VOID voids an application still open.
 */
public final class DispositionRules {

    private DispositionRules() {}

    /** A disposition and a basis are required; returns the basis trimmed. */
    public static String requireComplete(Disposition disposition, String basis) {
        if (disposition == null) {
            throw RuleViolationException.badInput(
                    "disposition",
                    "disposition.required",
                    "disposition must be REGISTRATION_VOID, SCORES_VOID or CERTIFICATE_VOID");
        }
        if (basis == null || basis.isBlank()) {
            throw RuleViolationException.badInput(
                    "basis", "disposition.basis-required", "The basis (the rule applied) is required");
        }
        return basis.strip();
    }

    /** A disposition settles a finding: its id is required. */
    public static long requireFinding(Long findingId) {
        if (findingId == null) {
            throw RuleViolationException.badInput(
                    "findingId",
                    "disposition.finding-required",
                    "A disposition needs the id of a CONFIRMED finding about this application (findingId)");
        }
        return findingId;
    }

    /** Only a confirmed finding supports a disposition: an open one is not decided, a dismissed one is no finding. */
    public static void requireConfirmed(String findingStatus) {
        if (!"CONFIRMED".equals(findingStatus)) {
            throw RuleViolationException.refused(
                    "findingId",
                    "disposition.finding-not-confirmed",
                    "The finding is " + findingStatus + "; a disposition needs a CONFIRMED finding");
        }
    }

    /** Only a chosen commitment can be a false one. */
    public static void requireCommitted(String commitment) {
        if (!Commitment.COMMITTED.code().equals(commitment)) {
            throw RuleViolationException.refused(
                    "disposition",
                    "disposition.no-commitment",
                    "A false-commitment disposition needs a chosen commitment; the commitment is " + commitment);
        }
    }

    /** One disposition per application. */
    public static void requireFirst(boolean alreadyRecorded) {
        if (alreadyRecorded) {
            throw RuleViolationException.conflict(
                    "disposition",
                    "disposition.already-recorded",
                    "A disposition is already recorded for this application");
        }
    }

    /** REGISTRATION_VOID voids an application that is not closed yet; any other disposition leaves the status. */
    public static ApplicationStatus statusAfter(Disposition disposition, ApplicationStatus status) {
        return disposition == Disposition.REGISTRATION_VOID && !status.closed() ? ApplicationStatus.VOID : status;
    }

    /** The stage from the dates: before the first exam day, after it, or after certification when certified. */
    public static Stage derivedStage(LocalDate today, ExamWindow window, boolean certified) {
        if (today.isBefore(window.examStarts())) {
            return Stage.BEFORE_EXAM;
        }
        return certified ? Stage.AFTER_CERTIFICATION : Stage.AFTER_EXAM;
    }

    /**
     * The stage the disposition is judged by: the officer's stated one when given (it must agree with the
     * exam dates: nothing is "after the exam" before it starts, nor "before" once it has started), else the
     * derived one.
     */
    public static Stage stage(Stage stated, LocalDate today, ExamWindow window, boolean certified) {
        Stage derived = derivedStage(today, window, certified);
        if (stated == null) {
            return derived;
        }
        boolean beforeExam = derived == Stage.BEFORE_EXAM;
        if (beforeExam != (stated == Stage.BEFORE_EXAM)) {
            throw RuleViolationException.refused(
                    "stage",
                    "disposition.stage-contradicts-dates",
                    "The stated stage "
                            + stated + " contradicts the exam dates (" + window.examStarts() + " to "
                            + window.examEnds()
                            + ", today " + today + ")");
        }
        return stated;
    }

    /** Refuses a disposition that does not fit the stage, naming the one that does. */
    public static void requireFits(Disposition disposition, Stage stage) {
        if (disposition.stage() != stage) {
            Disposition fitting = fitting(stage);
            throw RuleViolationException.refused(
                    "disposition",
                    "disposition.stage-mismatch",
                    disposition + " is for " + disposition.stage() + "; at stage " + stage + " the disposition is "
                            + fitting);
        }
    }

    public static Disposition fitting(Stage stage) {
        for (Disposition d : Disposition.values()) {
            if (d.stage() == stage) {
                return d;
            }
        }
        throw new IllegalArgumentException("No disposition for " + stage);
    }
}
