package org.examcommit.batch.verification;

import java.time.LocalDate;
import org.examcommit.batch.verification.checks.ApplicationFacts;
import org.examcommit.batch.verification.checks.VerificationOutcome;
import org.examcommit.contract.privacy.Masking;
import org.examcommit.contract.privacy.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts an application whose processing failed into the quarantine (dataset {@code verification}, row_number 0,
 * the record masked; the unmasked record apart in quarantine_raw) and takes it off the night's queue, inside
 * the chunk's transaction: a restart after a later failure quarantines it once, not twice.
 */
class QuarantineSkipListener implements SkipListener<ApplicationFacts, VerificationOutcome> {

    static final String DATASET = "verification";
    private static final Logger log = LoggerFactory.getLogger(QuarantineSkipListener.class);

    private static final String INSERT = """
            INSERT INTO quarantine (run_date, dataset, row_number, column_name, reason, record)
            VALUES (:runDate, :dataset, 0, NULL, :reason, :record)
            RETURNING quarantine_id
            """;
    private static final String INSERT_RAW = "INSERT INTO quarantine_raw (quarantine_id, record) VALUES (:id, :record)";
    /** Off the night's queue: a restart of the night does not try it (and quarantine it) again. */
    private static final String DEQUEUE =
            "DELETE FROM verification_queue WHERE run_date = :runDate AND application_id = :id";

    private final JdbcClient jdbc;
    private final LocalDate runDate;

    QuarantineSkipListener(JdbcClient jdbc, LocalDate runDate) {
        this.jdbc = jdbc;
        this.runDate = runDate;
    }

    @Override
    public void onSkipInProcess(ApplicationFacts facts, Throwable failure) {
        String reason = Redaction.firstLine(failure.getMessage());
        log.warn("Quarantined {}", reason);
        long id = jdbc.sql(INSERT)
                .param("runDate", runDate)
                .param("dataset", DATASET)
                .param("reason", reason)
                .param(
                        "record",
                        record(facts, Masking.idNumber(facts.candidate().idNumber())))
                .query(Long.class)
                .single();
        jdbc.sql(INSERT_RAW)
                .param("id", id)
                .param("record", record(facts, facts.candidate().idNumber()))
                .update();
        jdbc.sql(DEQUEUE)
                .param("runDate", runDate)
                .param("id", facts.applicationId())
                .update();
    }

    /** The application as CSV text: application_id, id_number, exam_code, exam_year, level, commitment. */
    private static String record(ApplicationFacts facts, String idNumber) {
        return String.join(
                ",",
                csv(facts.applicationId()),
                csv(idNumber),
                csv(facts.examCode()),
                String.valueOf(facts.examYear()),
                csv(facts.level()),
                facts.commitment().name());
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
