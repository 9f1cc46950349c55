package org.examcommit.analytics.supervision;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the supervision reads, each with the columns of its table (DATA-CONTRACT §1, §2):
 * applications, candidates, education, work_experience, the registries, social insurance as
 * per-employer spans of months (id_number, employer_credit_code, first_month, last_month), the
 * night's verification_results and public_reports.
 */
public record Inputs(
        Dataset<Row> applications,
        Dataset<Row> candidates,
        Dataset<Row> education,
        Dataset<Row> work,
        Dataset<Row> identityRegistry,
        Dataset<Row> educationRegistry,
        Dataset<Row> degreeRegistry,
        Dataset<Row> insuredSpans,
        Dataset<Row> verification,
        Dataset<Row> reports) {

    /** Each application with its candidate's id_number, name and phone. */
    Dataset<Row> applicants() {
        return applications
                .select("application_id", "candidate_id", "exam_code", "exam_year", "province_code")
                .join(candidates.select("candidate_id", "id_number", "name", "phone"), "candidate_id");
    }
}
