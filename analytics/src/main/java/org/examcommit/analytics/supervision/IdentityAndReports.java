package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** IDENTITY_MISMATCH (reusing verification's identity, which is exactly §3's test) and REPORTED. */
final class IdentityAndReports {

    private IdentityAndReports() {}

    /** id_number not in identity_registry (UNVERIFIABLE), or registered under another name (FAIL). */
    static Dataset<Row> identityMismatch(Inputs in) {
        Dataset<Row> rows = in.verification()
                .filter(col("identity").notEqual("PASS"))
                .select("application_id", "identity")
                .join(in.applicants(), "application_id")
                .select(
                        col("application_id"),
                        when(
                                        col("identity").equalTo("UNVERIFIABLE"),
                                        concat(
                                                lit("id_number "),
                                                Texts.maskedId(col("id_number")),
                                                lit(" is not in identity_registry")))
                                .otherwise(concat(
                                        lit("identity_registry holds id_number "),
                                        Texts.maskedId(col("id_number")),
                                        lit(" under another name than candidate "),
                                        col("candidate_id"),
                                        lit(" gives")))
                                .as("evidence"));
        return Flags.perApplication(rows, "IDENTITY_MISMATCH");
    }

    /** A public report names the application; the evidence names each report by time and channel. */
    static Dataset<Row> reported(Inputs in) {
        Dataset<Row> rows = in.reports()
                .select(
                        col("application_id"),
                        concat(
                                        lit("public report of "),
                                        date_format(col("reported_at"), "yyyy-MM-dd HH:mm"),
                                        lit(" via "),
                                        col("channel"))
                                .as("evidence"));
        return Flags.perApplication(rows, "REPORTED");
    }
}
