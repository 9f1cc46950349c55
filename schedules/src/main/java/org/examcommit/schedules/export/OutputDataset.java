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

    /** The date's draws; seed empty until the night publishes; times ISO-8601 in Asia/Shanghai. */
    SAMPLE_DRAWS("sample_draws", RunHistory.COMMIT_DRAW, """
            SELECT run_date, draw_id, exam_code, exam_year, ratio::text AS ratio, seed_sha256, population_sha256, seed,
                   to_char(committed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"')
                       AS committed_at,
                   to_char(revealed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"')
                       AS revealed_at,
                   population_size, sample_size
            FROM sample_draws WHERE run_date = :runDate
            ORDER BY draw_id COLLATE "C"
            """),

    DRAW_STRATA("draw_strata", RunHistory.DRAW, """
            SELECT t.draw_id, t.province_code, t.population_size, t.sample_size, t.cutoff_ticket
            FROM draw_strata t JOIN sample_draws s ON s.draw_id = t.draw_id WHERE s.run_date = :runDate
            ORDER BY t.draw_id COLLATE "C", t.province_code COLLATE "C"
            """),

    SAMPLED("sampled", RunHistory.DRAW, """
            SELECT d.draw_id, d.province_code, d.application_id, d.ticket
            FROM sampled d JOIN sample_draws s ON s.draw_id = d.draw_id WHERE s.run_date = :runDate
            ORDER BY d.draw_id COLLATE "C", d.province_code COLLATE "C", d.ticket, d.application_id COLLATE "C"
            """),

    /** In the canonical order of contract §4 step 1 within each draw. */
    DRAW_POPULATION("draw_population", RunHistory.COMMIT_DRAW, """
            SELECT p.draw_id, p.province_code, p.application_id
            FROM draw_population p JOIN sample_draws s ON s.draw_id = p.draw_id WHERE s.run_date = :runDate
            ORDER BY p.draw_id COLLATE "C", p.province_code COLLATE "C", p.application_id COLLATE "C"
            """),

    /**
     * Selected by decided_on (§2). The id number as recorded: the record names the person, and the
     * export is an officer's file, not a public list (§5 masks public lists and logs). Officers decide
     * in the day, so the export reads the table whether or not a night of the date ran.
     */
    INTEGRITY_RECORDS("integrity_records", null, """
            SELECT id_number, application_id, exam_code, finding, disposition, basis, decided_on, recorded_until
            FROM integrity_records WHERE decided_on = :runDate
            ORDER BY id_number COLLATE "C", application_id COLLATE "C", record_id
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

    /** The pipeline stage that writes the dataset for a run date; empty when the rows come from officers' work. */
    public Optional<String> writtenBy() {
        return Optional.ofNullable(writtenBy);
    }

    /** The query of one run date's rows (parameter {@code :runDate}), its columns in the contract's order. */
    public String sql() {
        return sql;
    }

    public static Optional<OutputDataset> named(String name) {
        return Arrays.stream(values()).filter(d -> d.datasetName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(OutputDataset::datasetName).toList();
    }
}
