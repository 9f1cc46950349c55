package org.examcommit.registration.application;

import java.time.Instant;
import java.util.List;
import org.examcommit.registration.exam.ExamCatalogue;
import org.examcommit.registration.exam.ExamWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies the given-up rule ({@link OverdueOnsiteVerification}); the schedules module decides when. */
@Service
public class ApplicationDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ApplicationDeadlines.class);

    private static final String GIVE_UP = """
            WITH overdue AS (
                UPDATE applications SET status = 'GIVEN_UP', updated_at = CAST(:now AS timestamptz)
                 WHERE status = 'ONSITE_REQUIRED'
                   AND exam_code = :exam AND exam_year = :year AND province_code = :province
                RETURNING application_id
            )
            INSERT INTO application_events (application_id, status, reason, actor, at)
            SELECT application_id, 'GIVEN_UP', CAST(:reason AS text), 'system', CAST(:now AS timestamptz) FROM overdue
            """;

    private final JdbcClient jdbc;
    private final ExamCatalogue catalogue;

    ApplicationDeadlines(JdbcClient jdbc, ExamCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** Marks GIVEN_UP every ONSITE_REQUIRED application whose on-site deadline passed before {@code now}; returns how many. */
    @Transactional
    public int giveUpOverdue(Instant now) {
        List<ExamWindow> past = OverdueOnsiteVerification.windowsPastDeadline(catalogue.windowsInTables(), now);
        if (past.isEmpty()) {
            return 0;
        }
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        int given = 0;
        for (ExamWindow w : past) {
            given += jdbc.sql(GIVE_UP)
                    .param("now", at)
                    .param("exam", w.examCode())
                    .param("year", w.examYear())
                    .param("province", w.provinceCode())
                    .param("reason", OverdueOnsiteVerification.reason(w))
                    .update();
        }
        if (given > 0) {
            log.info("Gave up {} applications past their on-site verification deadline", given);
        }
        return given;
    }
}
