package org.examcommit.schedules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.examcommit.registration.candidate.IdNumber;
import org.examcommit.registration.testsupport.TestDatabase;
import org.examcommit.schedules.PlatformApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

// Lazy, as the launcher starts the platform: the command beans need the launcher's output streams.
@SpringBootTest(
        classes = PlatformApplication.class,
        properties = {
            "spring.quartz.auto-startup=false",
            "spring.main.lazy-initialization=true",
            "examcommit.analytics.home=../analytics/target"
        })
class NightlyPipelineDeadlinesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    NightlyPipeline pipeline;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theNightGivesUpApplicationsWhoseOnsiteDeadlinePassedBeforeVerifying() {
        jdbc.sql("""
                INSERT INTO exams (exam_code, name) VALUES ('NDL', 'deadline test exam') ON CONFLICT DO NOTHING;
                INSERT INTO exam_windows VALUES
                  ('NDL', 2026, '11', '2026-03-01T00:00:00+08', '2026-04-01T00:00:00+08', '2026-04-10T00:00:00+08',
                   '2026-11-20T18:00:00+08', '2026-06-01', '2026-06-02'),
                  ('NDL', 2026, '31', '2026-03-01T00:00:00+08', '2026-04-01T00:00:00+08', '2026-04-10T00:00:00+08',
                   '2026-11-21T18:00:00+08', '2026-06-01', '2026-06-02')
                ON CONFLICT DO NOTHING
                """).update();
        String first17 = "11010519800101551";
        jdbc.sql("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source)
                VALUES ('NDL-C1', ?, '期限', '13900000551', now(), 'BUNDLE')
                """).param(first17 + IdNumber.checkCharacter(first17)).update();
        jdbc.sql("""
                INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code,
                       commitment, submitted_at, status, source)
                VALUES ('NDL-A-PAST', 'NDL-C1', 'NDL', 2026, 'ASSISTANT', '11', 'NOT_CHOSEN', now(), 'ONSITE_REQUIRED', 'BUNDLE'),
                       ('NDL-A-OPEN', 'NDL-C1', 'NDL', 2026, 'ASSISTANT', '31', 'NOT_CHOSEN', now(), 'ONSITE_REQUIRED', 'BUNDLE')
                """).update();

        pipeline.run(LocalDate.of(2026, 11, 20), Optional.empty());

        assertThat(status("NDL-A-PAST")).isEqualTo("GIVEN_UP");
        assertThat(status("NDL-A-OPEN")).isEqualTo("ONSITE_REQUIRED");
        assertThat(jdbc.sql(
                                "SELECT reason FROM application_events WHERE application_id = 'NDL-A-PAST' AND status = 'GIVEN_UP'")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("On-site verification deadline ");
        assertThat(jdbc.sql("""
                SELECT s.counts FROM pipeline_stages s JOIN pipeline_runs r USING (run_id)
                 WHERE r.run_date = DATE '2026-11-20' AND s.stage = 'deadlines' AND s.status = 'COMPLETED'
                 ORDER BY r.run_id DESC LIMIT 1
                """).query(String.class).single()).isEqualTo("given up 1");
    }

    private String status(String applicationId) {
        return jdbc.sql("SELECT status FROM applications WHERE application_id = ?")
                .param(applicationId)
                .query(String.class)
                .single();
    }
}
