package org.examcommit.schedules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.examcommit.batch.verification.ApplyFault;
import org.examcommit.registration.candidate.IdNumber;
import org.examcommit.registration.testsupport.TestDatabase;
import org.examcommit.schedules.PlatformApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code retry} resumes a failed night at its failed stage; {@code run} refuses while another night runs. */
@SpringBootTest(
        classes = PlatformApplication.class,
        properties = {
            "spring.quartz.auto-startup=false",
            "spring.main.lazy-initialization=true",
            "examcommit.analytics.home=../analytics/target"
        })
@Import(NightRetryTest.Faults.class)
class NightRetryTest {

    private static final LocalDate NIGHT = LocalDate.of(2031, 1, 15);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @TestConfiguration
    static class Faults {
        @Bean
        ApplyFault applyFault() {
            return new ApplyFault();
        }
    }

    @Autowired
    NightlyPipeline pipeline;

    @Autowired
    RunHistory history;

    @Autowired
    NightLock lock;

    @Autowired
    ApplyFault fault;

    @Autowired
    JdbcClient jdbc;

    @Test
    void retryResumesAtTheFailedStageWithoutRedoingFinishedOnes() {
        overdueApplication("RTY-A-FIRST", "61");
        fault.failNextApply();

        assertThatThrownBy(() -> pipeline.run(NIGHT, Optional.empty()))
                .isInstanceOf(NightFailedException.class)
                .satisfies(e -> assertThat(((NightFailedException) e).stage()).isEqualTo(RunHistory.VERIFY));
        RunHistory.Run failed = history.lastNight(NIGHT).orElseThrow();
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.failedStage()).isEqualTo(RunHistory.VERIFY);
        assertThat(status("RTY-A-FIRST")).isEqualTo("GIVEN_UP");
        assertThat(verificationExecutions()).containsExactly("FAILED");

        // overdue only now: a rerun deadlines stage would give it up too
        overdueApplication("RTY-A-LATER", "62");

        NightlyPipeline.Night night = pipeline.retry(NIGHT);

        RunHistory.Run retried = history.lastNight(NIGHT).orElseThrow();
        assertThat(retried.runId()).isEqualTo(night.runId()).isNotEqualTo(failed.runId());
        assertThat(retried.command()).isEqualTo(NightlyPipeline.RETRY);
        assertThat(retried.status()).isEqualTo("COMPLETED");
        assertThat(retried.stages())
                .extracting(RunHistory.Stage::stage, RunHistory.Stage::status)
                .containsExactly(
                        // the gate judges again on every walk: the tables may hold another snapshot by now
                        org.assertj.core.groups.Tuple.tuple(
                                org.examcommit.schedules.gate.SnapshotGate.STAGE, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(RunHistory.DEADLINES, "SKIPPED"),
                        org.assertj.core.groups.Tuple.tuple(RunHistory.VERIFY, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(RunHistory.COMMIT_DRAW, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(RunHistory.ANALYTICS, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(RunHistory.DRAW, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(RunHistory.PUBLISH, "COMPLETED"),
                        org.assertj.core.groups.Tuple.tuple(
                                org.examcommit.schedules.report.NightReport.STAGE, "COMPLETED"));
        assertThat(retried.stages().get(1).counts()).isEqualTo("done in run " + failed.runId());
        assertThat(night.skipped()).containsExactly(RunHistory.DEADLINES);
        assertThat(status("RTY-A-LATER")).as("deadlines not rerun").isEqualTo("ONSITE_REQUIRED");
        assertThat(givenUpEvents("RTY-A-FIRST")).isEqualTo(1);
        assertThat(verificationExecutions())
                .as("the failed verification restarted, not started again")
                .containsExactly("FAILED", "COMPLETED");

        assertThatThrownBy(() -> pipeline.retry(NIGHT))
                .isInstanceOf(NightFailedException.class)
                .hasMessageContaining("completed: nothing to retry");
        assertThatThrownBy(() -> pipeline.retry(NIGHT.plusDays(1)))
                .isInstanceOf(NightFailedException.class)
                .hasMessage("no night of " + NIGHT.plusDays(1) + " to retry (see ./pipeline status)");
    }

    @Test
    void runRefusesWhileTheDatesNightRunsElsewhere() {
        LocalDate date = LocalDate.of(2031, 2, 1);
        try (NightLock.Held elsewhere = lock.tryAcquire().orElseThrow()) {
            long runId = history.startRun(date, NightlyPipeline.RUN, null);
            assertThatThrownBy(() -> pipeline.run(date, Optional.empty()))
                    .isInstanceOf(NightFailedException.class)
                    .hasMessageStartingWith("the night of " + date + " is running elsewhere (run " + runId + ", run,");
            assertThat(history.runs(Optional.of(date)))
                    .singleElement()
                    .extracting(RunHistory.Run::status)
                    .isEqualTo("RUNNING");
            history.finishRun(runId, "FAILED", "test");
        }
    }

    @Test
    void aScheduledFireThatWaitedInVainLeavesAFailedNightForRetry() {
        LocalDate date = LocalDate.of(2031, 3, 1);
        try (NightLock.Held elsewhere = lock.tryAcquire().orElseThrow()) {
            long other = history.startRun(date.minusDays(1), NightlyPipeline.RUN, null);
            assertThatThrownBy(() -> pipeline.runScheduled(date, "instance-a", Duration.ofMillis(50)))
                    .isInstanceOf(NightFailedException.class)
                    .hasMessageContaining("waited PT0.05S")
                    .hasMessageContaining("./pipeline retry --date " + date + " runs it");
            RunHistory.Run failed = history.lastNight(date).orElseThrow();
            assertThat(failed.command()).isEqualTo(NightLedger.SCHEDULED);
            assertThat(failed.status()).as("retry takes a FAILED night").isEqualTo("FAILED");
            assertThat(failed.error()).contains("running elsewhere (run " + other);
            assertThat(failed.stages()).isEmpty();

            // a second fire of that date (another instance, Quartz's recovery) finds it claimed: nothing to do
            assertThat(pipeline.runScheduled(date, "instance-b", Duration.ofMillis(50)))
                    .isEmpty();
            assertThat(history.runs(Optional.of(date))).hasSize(1);
            history.finishRun(other, "FAILED", "test");

            // the night holding the database is the date's own, run by hand: its outcome is the date's
            LocalDate byHand = date.plusDays(1);
            long manual = history.startRun(byHand, NightlyPipeline.RUN, null);
            assertThat(pipeline.runScheduled(byHand, "instance-a", Duration.ofMillis(50)))
                    .isEmpty();
            assertThat(history.runs(Optional.of(byHand)))
                    .extracting(RunHistory.Run::runId)
                    .containsExactly(manual);
            history.finishRun(manual, "FAILED", "test");
        }
    }

    private void overdueApplication(String applicationId, String serial) {
        jdbc.sql("""
                INSERT INTO exams (exam_code, name) VALUES ('RTY', 'retry test exam') ON CONFLICT DO NOTHING;
                INSERT INTO exam_windows VALUES
                  ('RTY', 2030, '11', '2030-03-01T00:00:00+08', '2030-04-01T00:00:00+08', '2030-04-10T00:00:00+08',
                   '2030-11-20T18:00:00+08', '2030-06-01', '2030-06-02')
                ON CONFLICT DO NOTHING
                """).update();
        String first17 = "110105198001016" + serial;
        String candidate = applicationId.replace("-A-", "-C-");
        jdbc.sql("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source)
                VALUES (?, ?, '重试', '13900000552', now(), 'BUNDLE')
                """)
                .params(candidate, first17 + IdNumber.checkCharacter(first17))
                .update();
        jdbc.sql("""
                INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code,
                       commitment, submitted_at, status, source)
                VALUES (?, ?, 'RTY', 2030, 'ASSISTANT', '11', 'NOT_CHOSEN', now(), 'ONSITE_REQUIRED', 'BUNDLE')
                """).params(applicationId, candidate).update();
    }

    private String status(String applicationId) {
        return jdbc.sql("SELECT status FROM applications WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single();
    }

    private int givenUpEvents(String applicationId) {
        return jdbc.sql("SELECT count(*) FROM application_events WHERE application_id = ? AND status = 'GIVEN_UP'")
                .param(applicationId)
                .query(Integer.class)
                .single();
    }

    private List<String> verificationExecutions() {
        return jdbc.sql("""
                SELECT e.status FROM batch_job_execution e
                  JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'runDate'
                 WHERE p.parameter_value = ? ORDER BY e.job_execution_id
                """).param(NIGHT.toString()).query(String.class).list();
    }
}
