package org.examcommit.batch.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Failures part-way: restarts finish without gaps or duplicates; failing applications are quarantined up to the limit. */
@SpringBootTest(properties = {"examcommit.verification.chunk-size=2", "examcommit.verification.skip-limit=1"})
@Import(VerificationRestartTest.FaultsConfiguration.class)
class VerificationRestartTest {

    @TempDir
    static Path outputRoot;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("examcommit.output-root", () -> outputRoot.toString());
    }

    @Autowired
    NightlyVerification nightly;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Faults faults;

    @BeforeEach
    void noFaults() {
        faults.clear();
    }

    private List<String> applications(VerificationData d, int count) {
        VerificationData.socialInsuranceSnapshot(jdbc, "2026-06-01");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(d.goodApplication("a" + i));
        }
        return ids;
    }

    @Test
    void restartsAfterAWriteFailurePartWayWithoutGapsOrDuplicates() {
        LocalDate day = LocalDate.of(2032, 2, 1);
        VerificationData d = new VerificationData(jdbc, "VR01-", "659002", day);
        List<String> apps = applications(d, 7);
        faults.failWriteOnceOn(apps.get(4));

        assertThatThrownBy(() -> nightly.verify(day, true))
                .isInstanceOf(VerificationFailedException.class)
                .hasMessageContaining("verification of 2032-02-01 failed: FAILED");
        ResultRows rows = new ResultRows(jdbc);
        // the night is read in two parts at once, so which chunks came before the failing one varies
        assertThat(rows.results(day, "VR01-")).doesNotContainKey(apps.get(4)).hasSizeLessThan(apps.size());

        VerificationReport report = nightly.verify(day, true);

        assertThat(report).isEqualTo(new VerificationReport(day, 7, 7, 0, 0));
        for (String app : apps) {
            assertThat(rows.resultCount(app)).as(app).isEqualTo(1);
            assertThat(rows.status(app)).as(app).isEqualTo("EXEMPT");
            assertThat(rows.events(app)).as(app).hasSize(1);
        }
        assertThat(executionStatuses(day)).containsExactly("FAILED", "COMPLETED");
        assertThat(instancesOf(day)).isEqualTo(1);
    }

    @Test
    void aFailureWhileApplyingStatesLeavesNoneMovedAndTheRestartMovesEachOnce() {
        LocalDate day = LocalDate.of(2032, 2, 7);
        VerificationData d = new VerificationData(jdbc, "VR07-", "659002", day);
        List<String> apps = applications(d, 5);
        faults.failApplyOnce();

        assertThatThrownBy(() -> nightly.verify(day, true))
                .isInstanceOf(VerificationFailedException.class)
                .hasMessageContaining("injected apply failure");
        ResultRows rows = new ResultRows(jdbc);
        assertThat(rows.results(day, "VR07-")).containsOnlyKeys(apps);
        for (String app : apps) {
            assertThat(rows.status(app)).as(app).isEqualTo("AWAITING_ONLINE_VERIFICATION");
            assertThat(rows.events(app)).as(app).isEmpty();
        }

        VerificationReport report = nightly.verify(day, true);

        assertThat(report).isEqualTo(new VerificationReport(day, 5, 5, 0, 0));
        for (String app : apps) {
            assertThat(rows.resultCount(app)).as(app).isEqualTo(1);
            assertThat(rows.status(app)).as(app).isEqualTo("EXEMPT");
            assertThat(rows.events(app)).as(app).hasSize(1);
        }
        assertThat(executionStatuses(day)).containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void anApplyRunAgainAfterItsCommitLeavesTheOnsiteListAsTheResultsSay() {
        LocalDate day = LocalDate.of(2032, 2, 9);
        VerificationData d = new VerificationData(jdbc, "VR09-", "659002", day);
        List<String> apps = applications(d, 5);
        faults.failApplyOnce();
        assertThatThrownBy(() -> nightly.verify(day, true)).isInstanceOf(VerificationFailedException.class);
        // what a kill between the apply step's commit and Spring Batch marking it COMPLETED leaves: the list
        // already filled when the restart runs the step again (here a row the results do not hold)
        jdbc.sql("INSERT INTO onsite_verification_list (run_date, application_id, reasons) VALUES (?, ?, '{X}')")
                .params(day, apps.get(0))
                .update();

        nightly.verify(day, true);

        assertThat(jdbc.sql("SELECT count(*) FROM onsite_verification_list WHERE run_date = ?")
                        .param(day)
                        .query(Integer.class)
                        .single())
                .as("the five are exempt: the list holds none of them, once")
                .isZero();
    }

    @Test
    void finishesAnExecutionLeftRunningByAProcessThatDied() {
        LocalDate day = LocalDate.of(2032, 2, 2);
        VerificationData d = new VerificationData(jdbc, "VR02-", "659002", day);
        List<String> apps = applications(d, 5);
        faults.failWriteOnceOn(apps.get(2));
        assertThatThrownBy(() -> nightly.verify(day, true)).isInstanceOf(VerificationFailedException.class);
        // what a killed process leaves behind: the execution and its step still marked as running
        jdbc.sql("""
                UPDATE batch_job_execution SET status = 'STARTED', exit_code = 'UNKNOWN', end_time = NULL
                 WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution)
                """).update();
        jdbc.sql("""
                UPDATE batch_step_execution SET status = 'STARTED', exit_code = 'EXECUTING', end_time = NULL
                 WHERE job_execution_id = (SELECT max(job_execution_id) FROM batch_job_execution) AND step_name = ?
                """).param(VerificationJobConfiguration.VERIFY_STEP).update();

        VerificationReport report = nightly.verify(day, true);

        assertThat(report.verified()).isEqualTo(5);
        ResultRows rows = new ResultRows(jdbc);
        for (String app : apps) {
            assertThat(rows.resultCount(app)).as(app).isEqualTo(1);
            assertThat(rows.events(app)).as(app).hasSize(1);
        }
        assertThat(executionStatuses(day)).containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void quarantinesAnApplicationWhoseChecksFailAndVerifiesTheRest() {
        LocalDate day = LocalDate.of(2032, 2, 3);
        VerificationData d = new VerificationData(jdbc, "VR03-", "659002", day);
        List<String> apps = applications(d, 3);
        String idNumber = jdbc.sql(
                        "SELECT c.id_number FROM candidates c JOIN applications a USING (candidate_id) WHERE application_id = ?")
                .param(apps.get(1))
                .query(String.class)
                .single();
        faults.failProcessOn(apps.get(1), "registry record of " + idNumber + " unreadable");

        VerificationReport report = nightly.verify(day, true);

        assertThat(report).isEqualTo(new VerificationReport(day, 2, 2, 0, 1));
        ResultRows rows = new ResultRows(jdbc);
        assertThat(rows.results(day, "VR03-")).containsOnlyKeys(apps.get(0), apps.get(2));
        assertThat(rows.status(apps.get(1))).isEqualTo("AWAITING_ONLINE_VERIFICATION");
        Map<String, Object> quarantined = jdbc.sql("""
                SELECT row_number, reason, record FROM quarantine WHERE run_date = ? AND dataset = 'verification'
                """).param(day).query().singleRow();
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        assertThat(quarantined.get("row_number")).isEqualTo(0L);
        assertThat((String) quarantined.get("reason"))
                .contains(apps.get(1))
                .contains(masked)
                .doesNotContain(idNumber);
        assertThat((String) quarantined.get("record"))
                .startsWith(apps.get(1) + "," + masked + ",SW,2026,ASSISTANT,COMMITTED")
                .doesNotContain(idNumber);
    }

    @Test
    void aRestartQuarantinesAnApplicationSkippedBeforeTheFailureOnlyOnce() {
        LocalDate day = LocalDate.of(2032, 2, 6);
        VerificationData d = new VerificationData(jdbc, "VR06-", "659002", day);
        List<String> apps = applications(d, 6);
        faults.failProcessOn(apps.get(0), "unreadable");
        faults.failWriteOnceOn(apps.get(4));
        assertThatThrownBy(() -> nightly.verify(day, true)).isInstanceOf(VerificationFailedException.class);

        VerificationReport report = nightly.verify(day, true);

        assertThat(report).isEqualTo(new VerificationReport(day, 5, 5, 0, 1));
        ResultRows rows = new ResultRows(jdbc);
        assertThat(rows.results(day, "VR06-")).containsOnlyKeys(apps.subList(1, 6));
        assertThat(executionStatuses(day)).containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void aReRunReplacesTheDatesQuarantineAndResults() {
        LocalDate day = LocalDate.of(2032, 2, 4);
        VerificationData d = new VerificationData(jdbc, "VR04-", "659002", day);
        List<String> apps = applications(d, 3);
        faults.failProcessOn(apps.get(0), "unreadable");
        nightly.verify(day, true);
        faults.clear();

        VerificationReport report = nightly.verify(day, true);

        assertThat(report).isEqualTo(new VerificationReport(day, 3, 3, 0, 0));
        assertThat(instancesOf(day)).isEqualTo(2);
    }

    @Test
    void failsLoudlyWhenMoreApplicationsFailThanTheSkipLimit() {
        LocalDate day = LocalDate.of(2032, 2, 5);
        VerificationData d = new VerificationData(jdbc, "VR05-", "659002", day);
        List<String> apps = applications(d, 4);
        String idNumber = jdbc.sql(
                        "SELECT c.id_number FROM candidates c JOIN applications a USING (candidate_id) WHERE application_id = ?")
                .param(apps.get(2))
                .query(String.class)
                .single();
        faults.failProcessOn(apps.get(1), "unreadable");
        faults.failProcessOn(apps.get(2), "unreadable record of " + idNumber);

        assertThatThrownBy(() -> nightly.verify(day, true))
                .isInstanceOf(VerificationFailedException.class)
                .hasMessageContaining("skip limit")
                .hasMessageNotContaining(idNumber)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(executionStatuses(day)).containsExactly("FAILED");
    }

    private List<String> executionStatuses(LocalDate day) {
        return jdbc.sql("""
                SELECT e.status FROM batch_job_execution e
                  JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'runDate'
                 WHERE p.parameter_value = ? ORDER BY e.job_execution_id
                """).param(day.toString()).query(String.class).list();
    }

    private long instancesOf(LocalDate day) {
        return jdbc.sql("""
                SELECT count(DISTINCT e.job_instance_id) FROM batch_job_execution e
                  JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'runDate'
                 WHERE p.parameter_value = ?
                """).param(day.toString()).query(Long.class).single();
    }

    /** Failures on chosen applications, set by each test. */
    static final class Faults implements FaultInjection {

        private final Map<String, String> processFailures = new ConcurrentHashMap<>();
        private volatile String writeFailure;
        private volatile boolean applyFailure;

        void clear() {
            processFailures.clear();
            writeFailure = null;
            applyFailure = false;
        }

        void failApplyOnce() {
            applyFailure = true;
        }

        @Override
        public void afterApply(int movedApplications) {
            if (applyFailure) {
                applyFailure = false;
                throw new IllegalStateException("injected apply failure");
            }
        }

        void failProcessOn(String applicationId, String message) {
            processFailures.put(applicationId, message);
        }

        void failWriteOnceOn(String applicationId) {
            writeFailure = applicationId;
        }

        @Override
        public void beforeProcess(String applicationId) {
            String message = processFailures.get(applicationId);
            if (message != null) {
                throw new IllegalStateException(message);
            }
        }

        @Override
        public void beforeWrite(List<String> applicationIds) {
            String failOn = writeFailure;
            if (failOn != null && applicationIds.contains(failOn)) {
                writeFailure = null;
                throw new IllegalStateException("injected write failure");
            }
        }
    }

    /** Imported, not scanned: only this test's context has the faults. */
    static class FaultsConfiguration {
        @Bean
        Faults verificationFaults() {
            return new Faults();
        }
    }
}
