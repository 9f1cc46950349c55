package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.examcommit.analytics.anomaly.EmployerClusters;
import org.examcommit.analytics.anomaly.Outliers;
import org.examcommit.analytics.anomaly.StatisticalSettings;

/**
 * Every rule-defined pattern of DATA-CONTRACT §3 as one flags dataset: application_id, pattern,
 * score 1, evidence. One flag per application and pattern; the evidence of several rows behind
 * it is joined with "; ".
 */
public final class Flags {

    private Flags() {}

    /** All rule-defined flags of the night's applications (those in {@code verification}). */
    public static Dataset<Row> all(Inputs in) {
        Dataset<Row> flags = IdentityAndReports.identityMismatch(in)
                .unionByName(CertificatePatterns.certNotFound(in))
                .unionByName(CertificatePatterns.certMismatch(in))
                .unionByName(SharedPatterns.certShared(in))
                .unionByName(WorkPatterns.workYearsInflated(in))
                .unionByName(WorkPatterns.workOverlap(in))
                .unionByName(WorkPatterns.workBefore16(in))
                .unionByName(SharedPatterns.phoneShared(in))
                .unionByName(SharedPatterns.duplicateApplication(in))
                .unionByName(IdentityAndReports.reported(in));
        return flags.join(in.verification().select("application_id"), "application_id");
    }

    /**
     * The rule-defined flags and the statistical ones (EMPLOYER_CLUSTER, ANOMALY, with their own
     * scores), of the night's applications: what key supervision and the findings read.
     */
    public static Dataset<Row> withStatistical(Inputs in, StatisticalSettings settings) {
        Dataset<Row> statistical = EmployerClusters.flags(in, settings)
                .join(in.verification().select("application_id"), "application_id")
                .unionByName(Outliers.flags(in, settings));
        return all(in).unionByName(statistical);
    }

    /** Rows of (application_id, evidence) as one flag per application. */
    static Dataset<Row> perApplication(Dataset<Row> evidence, String pattern) {
        return evidence.groupBy("application_id")
                .agg(concat_ws("; ", array_sort(collect_set(col("evidence")))).as("evidence"))
                .select(col("application_id"), lit(pattern).as("pattern"), lit(1.0).as("score"), col("evidence"));
    }

    /** Rows of (candidate_id, evidence) as one flag on every application of that candidate. */
    static Dataset<Row> perCandidate(Inputs in, Dataset<Row> evidence, String pattern) {
        Dataset<Row> byApplication = in.applications()
                .select("application_id", "candidate_id")
                .join(evidence, "candidate_id")
                .select("application_id", "evidence");
        return perApplication(byApplication, pattern);
    }
}
