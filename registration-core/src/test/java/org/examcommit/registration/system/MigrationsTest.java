package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class MigrationsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsEveryTableOfTheSystemIncludingBatchAndQuartz() {
        List<String> tables = jdbc.sql("SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class).list();
        assertThat(tables).contains("candidates", "education", "work_experience", "applications", "application_events",
                "commitment_events", "payments", "onsite_verifications", "findings", "integrity_records",
                "integrity_archive", "public_reports", "public_notice", "quarantine", "quarantine_raw",
                "officer_audit", "verification_results", "social_insurance_spans", "batch_job_instance",
                "batch_step_execution", "qrtz_job_details", "qrtz_triggers", "pipeline_runs");
    }
}
