package org.examcommit.registration.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.registration.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private static WorkClaim job(String start, String end) {
        return new WorkClaim("社工服务中心", "52110105mj0000001k", start, end, Boolean.TRUE);
    }

    @Test
    void acceptsAnOpenJobAndUpperCasesTheCreditCode() {
        WorkRow row = WorkRules.checkAdd(1, job("2020-01-01", null), TODAY);

        assertThat(row.seq()).isEqualTo(2);
        assertThat(row.endDate()).isNull();
        assertThat(row.employerCreditCode()).isEqualTo("52110105MJ0000001K");
    }

    @Test
    void acceptsAOneDayJobAndRefusesAStartAfterTheEnd() {
        assertThat(WorkRules.check(1, job("2020-01-01", "2020-01-01"), TODAY).startDate())
                .isEqualTo("2020-01-01");
        assertRefused(
                () -> WorkRules.check(1, job("2020-01-02", "2020-01-01"), TODAY), "endDate", "work.end-before-start");
    }

    @Test
    void refusesStartOrEndInTheFuture() {
        assertThat(WorkRules.check(1, job("2020-01-01", "2026-05-01"), TODAY).endDate())
                .isEqualTo(TODAY);
        assertRefused(() -> WorkRules.check(1, job("2026-05-02", null), TODAY), "startDate", "startDate.in-future");
        assertRefused(() -> WorkRules.check(1, job("2020-01-01", "2026-05-02"), TODAY), "endDate", "endDate.in-future");
    }

    @Test
    void acceptsAJobBeforeTheSixteenthBirthdayBecauseThatIsAnAnalyticsFinding() {
        assertThat(WorkRules.check(1, job("1990-01-01", "1990-06-30"), TODAY).seq())
                .isEqualTo(1);
    }

    @Test
    void needsTheSocialWorkAnswerAndAnEmployer() {
        assertRefused(
                () -> WorkRules.check(1, new WorkClaim("E", "52110105MJ0000001K", "2020-01-01", null, null), TODAY),
                "socialWork",
                "socialWork.required");
        assertRefused(
                () -> WorkRules.check(1, new WorkClaim(" ", "52110105MJ0000001K", "2020-01-01", null, true), TODAY),
                "employerName",
                "employerName.required");
    }

    @Test
    void limitsTheNumberOfJobs() {
        assertRefused(
                () -> WorkRules.checkAdd(WorkRules.MAX_ROWS, job("2020-01-01", null), TODAY), null, "work.max-rows");
    }
}
