package org.examcommit.schedules.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.examcommit.schedules.pipeline.RunHistory;

/**
 * The datasets of contract §2 that the system writes so far, with exactly the contract's columns
 * in its order, the stage that writes them, and a stable row order for the export.
 */
public enum OutputDataset {
    VERIFICATION_RESULTS("verification_results", RunHistory.VERIFY, """
            SELECT run_date, application_id, identity, education, degree, social_work_major,
                   claimed_work_months, evidenced_work_months, eligibility, route,
                   ARRAY(SELECT r FROM unnest(reasons) AS r ORDER BY r COLLATE "C") AS reasons
            FROM verification_results WHERE run_date = :runDate
            ORDER BY application_id COLLATE "C"
            """),

    QUARANTINE("quarantine", RunHistory.IMPORT, """
            SELECT run_date, dataset, row_number, column_name, reason, record
            FROM quarantine WHERE run_date = :runDate
            ORDER BY dataset COLLATE "C", row_number, quarantine_id"""),

    FLAGS("flags", RunHistory.ANALYTICS, """
            SELECT run_date, application_id, pattern, score, evidence
            FROM flags WHERE run_date = :runDate
            ORDER BY application_id COLLATE "C", pattern COLLATE "C"
            """),

    KEY_SUPERVISION("key_supervision", RunHistory.ANALYTICS, """
            SELECT run_date, application_id, ARRAY(SELECT r FROM unnest(reasons) AS r ORDER BY r COLLATE "C") AS reasons
            FROM key_supervision WHERE run_date = :runDate
            ORDER BY application_id COLLATE "C"
            """),

    /** Selected by published_on (§2: public_notice by published_on). */
    PUBLIC_NOTICE("public_notice", RunHistory.ANALYTICS, """
            SELECT application_id, masked_name, masked_id_number, exam_code, level, province_code, commitment,
                   reason, published_on
            FROM public_notice WHERE published_on = :runDate
            ORDER BY application_id COLLATE "C"
            """),

    /** Not a §2 dataset but the verification's other output: the applications that must come on site. */
    ONSITE_VERIFICATION_LIST("onsite_verification_list", RunHistory.VERIFY, """
            SELECT run_date, application_id, ARRAY(SELECT r FROM unnest(reasons) AS r ORDER BY r COLLATE "C") AS reasons
            FROM onsite_verification_list WHERE run_date = :runDate
            ORDER BY application_id COLLATE "C"
            """);

    private final String datasetName;
    private final String writtenBy;
    private final String sql;

    OutputDataset(String datasetName, String writtenBy, String sql) {
        this.datasetName = datasetName;
        this.writtenBy = writtenBy;
        this.sql = sql;
    }

    /** The dataset's name in contract §2 (and its table's). */
    public String datasetName() {
        return datasetName;
    }

    /** The pipeline stage that writes the dataset for a run date. */
    public String writtenBy() {
        return writtenBy;
    }

    /** The query of one run date's rows, its columns in the contract's order. */
    String sql() {
        return sql;
    }

    public static Optional<OutputDataset> named(String name) {
        return Arrays.stream(values()).filter(d -> d.datasetName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(OutputDataset::datasetName).toList();
    }
}
