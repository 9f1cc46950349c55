package org.examcommit.registration.work;

import java.time.LocalDate;
import org.examcommit.registration.candidate.Fields;
import org.examcommit.registration.system.RuleViolationException;

/**
 * What a candidate may enter as a job: a credit code of the right shape, a start not after the end,
 * neither in the future. A job before the 16th birthday or overlapping another is accepted: those are
 * the analytics' findings (WORK_BEFORE_16, WORK_OVERLAP), not input errors.
 */
public final class WorkRules {

    /** A generous bound against abuse; the contract itself sets none. */
    public static final int MAX_ROWS = 30;

    static final int TEXT_MAX = 100;

    private WorkRules() {}

    /** Checks a new job for a candidate who already has {@code existingRows} jobs; it becomes the next seq. */
    public static WorkRow checkAdd(int existingRows, WorkClaim claim, LocalDate today) {
        if (existingRows >= MAX_ROWS) {
            throw RuleViolationException.refused(
                    null, "work.max-rows", "A candidate has at most " + MAX_ROWS + " jobs");
        }
        return check(existingRows + 1, claim, today);
    }

    /** Checks a job that is stored as {@code seq} (new or replacing the row of that seq). */
    public static WorkRow check(int seq, WorkClaim claim, LocalDate today) {
        String employer = Fields.text("employerName", claim.employerName(), TEXT_MAX);
        String code = CreditCode.normalise(claim.employerCreditCode());
        CreditCode.problem(code).ifPresent(reason -> {
            throw RuleViolationException.badInput(
                    "employerCreditCode",
                    code == null || code.isEmpty() ? "employerCreditCode.required" : "employerCreditCode.invalid",
                    reason);
        });
        CreditCode.checkCharacterProblem(code).ifPresent(reason -> {
            throw RuleViolationException.badInput("employerCreditCode", "employerCreditCode.check-character", reason);
        });
        LocalDate start = Fields.notInFuture("startDate", Fields.date("startDate", claim.startDate()), today);
        LocalDate end = Fields.notInFuture("endDate", Fields.optionalDate("endDate", claim.endDate()), today);
        if (end != null && start.isAfter(end)) {
            throw RuleViolationException.badInput(
                    "endDate", "work.end-before-start", "endDate must not be before startDate");
        }
        if (claim.socialWork() == null) {
            throw RuleViolationException.badInput(
                    "socialWork", "socialWork.required", "socialWork is required (true or false)");
        }
        return new WorkRow(seq, employer, code, start, end, claim.socialWork());
    }
}
