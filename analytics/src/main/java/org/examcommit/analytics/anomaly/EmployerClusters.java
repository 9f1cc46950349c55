package org.examcommit.analytics.anomaly;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.month;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import org.apache.commons.math3.special.Gamma;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.examcommit.analytics.supervision.Inputs;

/**
 * EMPLOYER_CLUSTER (DATA-CONTRACT §3): an employer (credit code) with more candidates claiming a job
 * that starts in one month than its size and that month predict.
 *
 * <p>Method. A cell is an employer and a start month; its count n is the number of candidates who
 * claim a job there (each candidate once). What a cell should hold, if hiring had no clusters, is
 * expected = (the employer's claims over all months) × (the month's claims over all employers) / (all
 * claims): a large employer that hires every month expects many in each. The p-value is the Poisson
 * upper tail P(X ≥ n | expected), computed as the regularised lower incomplete gamma P(n, expected)
 * so that tiny p-values keep their precision. Only cells of at least {@code clusterMinCandidates}
 * candidates are tested; the Benjamini-Hochberg step-up then controls the false-discovery rate at
 * {@code clusterFdr}, counting every observed cell as a hypothesis (conservative: the small cells
 * count as tested and never rejected). Score = 1 − the BH-adjusted p-value. Deterministic: no
 * randomness; ties in p are ordered by credit code and month.
 */
public final class EmployerClusters {

    public static final String PATTERN = "EMPLOYER_CLUSTER";

    /** The evidence names at most this many of the other candidates, then how many more. */
    static final int MAX_NAMED = 40;

    private static final UserDefinedFunction POISSON_UPPER_TAIL =
            udf((UDF2<Long, Double, Double>) EmployerClusters::poissonUpperTail, DataTypes.DoubleType);

    private EmployerClusters() {}

    /** P(X ≥ n) for X ~ Poisson(mean): 1 for n ≤ 0. */
    public static double poissonUpperTail(Long n, Double mean) {
        if (n <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        return Gamma.regularizedGammaP(n.doubleValue(), mean);
    }

    /**
     * The tested cells: credit_code, employer_name, month (yyyy-MM), candidates (sorted ids), n,
     * expected, employer_claims, p, q and flagged (q ≤ fdr).
     */
    public static Dataset<Row> cells(Inputs in, StatisticalSettings settings) {
        Dataset<Row> claims = in.work()
                .select(
                        upper(trim(col("employer_credit_code"))).as("credit_code"),
                        col("employer_name"),
                        year(col("start_date"))
                                .multiply(12)
                                .plus(month(col("start_date")))
                                .minus(1)
                                .as("m"),
                        col("candidate_id"))
                .groupBy("credit_code", "m", "candidate_id")
                .agg(min(col("employer_name")).as("employer_name"));
        Dataset<Row> employers = claims.groupBy("credit_code").agg(count(lit(1)).as("employer_claims"));
        Dataset<Row> months = claims.groupBy("m").agg(count(lit(1)).as("month_claims"));
        Dataset<Row> cells = claims.groupBy("credit_code", "m")
                .agg(
                        count(lit(1)).as("n"),
                        array_sort(collect_set(col("candidate_id"))).as("candidates"),
                        min(col("employer_name")).as("employer_name"));
        Dataset<Row> totals =
                cells.agg(sum(col("n")).as("all_claims"), count(lit(1)).as("hypotheses"));
        WindowSpec byP = Window.orderBy(col("p"), col("credit_code"), col("m"));
        Dataset<Row> tested = cells.filter(col("n").geq(settings.clusterMinCandidates()))
                .join(employers, "credit_code")
                .join(months, "m")
                .crossJoin(totals)
                .withColumn(
                        "expected",
                        col("employer_claims")
                                .cast("double")
                                .multiply(col("month_claims"))
                                .divide(col("all_claims")))
                .withColumn("p", POISSON_UPPER_TAIL.apply(col("n"), col("expected")))
                .withColumn("rank", row_number().over(byP))
                .withColumn("bh", col("p").multiply(col("hypotheses")).divide(col("rank")))
                .withColumn(
                        "q",
                        least(
                                lit(1.0),
                                min(col("bh"))
                                        .over(byP.rowsBetween(Window.currentRow(), Window.unboundedFollowing()))));
        return tested.select(
                col("credit_code"),
                col("employer_name"),
                format_string(
                                "%04d-%02d",
                                col("m").divide(12).cast("int"),
                                col("m").mod(12).plus(1))
                        .as("month"),
                col("candidates"),
                col("n"),
                col("expected"),
                col("employer_claims"),
                col("p"),
                col("q"),
                col("q").leq(settings.clusterFdr()).as("flagged"));
    }

    /** One EMPLOYER_CLUSTER flag per application of every candidate in a flagged cell. */
    public static Dataset<Row> flags(Inputs in, StatisticalSettings settings) {
        Dataset<Row> flagged = cells(in, settings).filter(col("flagged"));
        Dataset<Row> perCandidate = flagged.select(
                        col("*"), explode(col("candidates")).as("candidate_id"))
                .withColumn("others", array_except(col("candidates"), array(col("candidate_id"))))
                .select(
                        col("candidate_id"),
                        lit(1.0).minus(col("q")).as("score"),
                        evidence().as("evidence"));
        return in.applications()
                .select("application_id", "candidate_id")
                .join(perCandidate, "candidate_id")
                .groupBy("application_id")
                .agg(
                        max(col("score")).as("score"),
                        concat_ws("; ", array_sort(collect_set(col("evidence"))))
                                .as("evidence"))
                .select(col("application_id"), lit(PATTERN).as("pattern"), col("score"), col("evidence"));
    }

    /** "employer X (credit code C): 30 candidates claim a job starting 2024-03 where 0.4 were expected ...". */
    private static Column evidence() {
        Column others = concat_ws(", ", slice(col("others"), 1, MAX_NAMED));
        Column more = when(
                        size(col("others")).gt(MAX_NAMED),
                        concat(lit(" and "), size(col("others")).minus(MAX_NAMED), lit(" more")))
                .otherwise(lit(""));
        return concat(
                lit("employer "),
                col("employer_name"),
                lit(" (credit code "),
                col("credit_code"),
                lit("): "),
                col("n"),
                lit(" candidates claim a job starting "),
                col("month"),
                lit(" where "),
                format_string("%.2f", col("expected")),
                lit(" were expected from its "),
                col("employer_claims"),
                lit(" claims and that month's share; Poisson p = "),
                format_string("%.2e", col("p")),
                lit(", Benjamini-Hochberg q = "),
                format_string("%.2e", col("q")),
                lit("; the others: candidates "),
                others,
                more);
    }
}
