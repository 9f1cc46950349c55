package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.examcommit.registration.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V23 on a database whose night was prepared before it: the unfinished queue keeps going, with its facts. */
class QueueFactsMigrationTest {

    @Test
    void anUnfinishedNightsQueueGetsItsFactsAndKeepsEveryReadableApplication() throws Exception {
        TestDatabase.Connection db = TestDatabase.get();
        try (var c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            c.createStatement().execute("DROP DATABASE IF EXISTS v23_upgrade");
            c.createStatement().execute("CREATE DATABASE v23_upgrade");
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(db.jdbcUrl().replace("/postgres", "/v23_upgrade"),
                db.username(), db.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("22").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at)
                VALUES ('C1', '11010519491231002X', '阿依古丽·买买提', '13800000001', now()),
                       ('C2', '110105194912310037', '王芳', '13800000002', now())
                """).update();
        jdbc.sql("INSERT INTO identity_registry VALUES ('11010519491231002X', '阿依古丽·买买提', DATE '2026-06-01')").update();
        jdbc.sql("""
                INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code, commitment,
                                          submitted_at)
                VALUES ('A1', 'C1', 'SW', 2026, 'ASSISTANT', '11', 'COMMITTED', now()),
                       ('A2', 'C2', 'SW', 2026, 'INTERMEDIATE', '31', 'NOT_CHOSEN', now())
                """).update();
        jdbc.sql("INSERT INTO verification_queue VALUES (DATE '2026-07-01', 'A1'), (DATE '2026-07-01', 'A2')").update();
        // a queued id whose application is gone: the night could never read it
        jdbc.sql("INSERT INTO verification_queue VALUES (DATE '2026-07-01', 'A9')").update();

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        List<Map<String, Object>> queue = jdbc.sql("""
                SELECT application_id, candidate_id, exam_code, exam_year, level, commitment, id_number, name, identity_name
                  FROM verification_queue ORDER BY application_id
                """).query().listOfRows();
        assertThat(queue).hasSize(2);
        assertThat(queue.get(0)).containsEntry("application_id", "A1").containsEntry("candidate_id", "C1")
                .containsEntry("exam_code", "SW").containsEntry("exam_year", 2026).containsEntry("level", "ASSISTANT")
                .containsEntry("commitment", "COMMITTED").containsEntry("id_number", "11010519491231002X")
                .containsEntry("name", "阿依古丽·买买提").containsEntry("identity_name", "阿依古丽·买买提");
        assertThat(queue.get(1)).containsEntry("application_id", "A2").containsEntry("level", "INTERMEDIATE")
                .containsEntry("commitment", "NOT_CHOSEN").containsEntry("identity_name", null);
    }
}
