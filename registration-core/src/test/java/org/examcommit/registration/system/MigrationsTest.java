package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.examcommit.registration.testsupport.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MigrationsTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void createsEveryTableOfTheSystemIncludingBatchAndQuartz() {
        List<String> tables = jdbc.sql(
                        "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = 'public'")
                .query(String.class)
                .list();
        assertThat(tables)
                .contains(
                        "candidates",
                        "education",
                        "work_experience",
                        "applications",
                        "application_events",
                        "commitment_events",
                        "payments",
                        "onsite_verifications",
                        "findings",
                        "integrity_records",
                        "integrity_archive",
                        "public_reports",
                        "public_notice",
                        "quarantine",
                        "quarantine_raw",
                        "officer_audit",
                        "verification_results",
                        "social_insurance_spans",
                        "batch_job_instance",
                        "batch_step_execution",
                        "qrtz_job_details",
                        "qrtz_triggers",
                        "pipeline_runs");
    }

    @Test
    void timelinesAreReadInOrderByTheirPrimaryKey() throws SQLException {
        // V1 makes (application_id, event_id) the events' key and has no separate index that served this read
        assertThat(plan("SELECT status, reason FROM application_events WHERE application_id = 'AP1' ORDER BY event_id"))
                .contains("application_events_pkey")
                .doesNotContain("Sort");
        assertThat(
                        plan(
                                "SELECT event FROM commitment_events WHERE application_id = 'AP1' ORDER BY event_id DESC LIMIT 1"))
                .contains("commitment_events_pkey")
                .doesNotContain("Sort");
    }

    @Test
    void theDeadlineJobFindsAWindowsApplicationsThroughTheExamIndex() throws SQLException {
        // ApplicationDeadlines.GIVE_UP runs once per past window every night; without the index, each is a full scan
        assertThat(plan("SELECT application_id FROM applications WHERE status = 'ONSITE_REQUIRED' AND exam_code = 'E'"
                        + " AND exam_year = 2026 AND province_code = '11'"))
                .contains("applications_exam_idx");
    }

    @Test
    void theOnsiteQueueReadsAnApplicationsLatestReasonsThroughTheIndexByApplication() throws SQLException {
        // OnsiteQueue.REASONS: without it, every page of the officers' queue scans every night's list
        assertThat(plan("SELECT run_date, reasons FROM onsite_verification_list WHERE application_id = 'A'"
                        + " ORDER BY run_date DESC LIMIT 1"))
                .contains("onsite_verification_list_application_idx")
                .doesNotContain("Sort");
    }

    /** The plan PostgreSQL picks when it must use an index (the test tables are too small to need one). */
    private String plan(String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            s.execute("SET enable_bitmapscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = s.executeQuery("EXPLAIN " + query)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            } finally {
                s.execute("RESET enable_seqscan");
                s.execute("RESET enable_bitmapscan");
            }
            return plan.toString();
        }
    }
}
