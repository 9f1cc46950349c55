package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * WORK_YEARS_INFLATED, WORK_OVERLAP and WORK_BEFORE_16. Jobs are ranges of month numbers (see
 * {@link Texts#monthIndex}); a job covers its start month to its end month, both included, and
 * months after December of the exam year never count.
 */
final class WorkPatterns {

    /** Claimed months may exceed evidenced ones by this much before it is a flag (§3). */
    static final int INFLATION_TOLERANCE_MONTHS = 6;

    /** Two jobs may share this many months (a change of job within a month) before it is a flag (§3). */
    static final int OVERLAP_TOLERANCE_MONTHS = 1;

    /**
     * The number of months a list of (s, e) ranges covers, overlaps counted once: sorted by start,
     * each range adds what lies after the furthest end seen so far.
     */
    private static final String COVERED_MONTHS = "aggregate(array_sort(ranges), named_struct('total', 0, 'upto', -1),"
            + " (acc, r) -> named_struct('total', acc.total + greatest(0, r.e - greatest(r.s, acc.upto + 1) + 1),"
            + " 'upto', greatest(acc.upto, r.e)), acc -> acc.total)";

    private WorkPatterns() {}

    /** Claimed social-work months exceed the evidenced ones by more than 6, both counted to the snapshot's last month. */
    static Dataset<Row> workYearsInflated(Inputs in) {
        Dataset<Row> snapshot =
                in.insuredSpans().agg(max(Texts.monthIndex(col("last_month"))).as("snapshot_month"));
        Dataset<Row> jobs = jobsByApplication(in)
                .filter(col("social_work"))
                .crossJoin(snapshot)
                .withColumn("upto", least(col("year_end"), coalesce(col("snapshot_month"), col("year_end"))))
                .withColumn("e", least(col("e"), col("upto")));
        Dataset<Row> claimed = jobs.filter(col("s").leq(col("e")))
                .groupBy("application_id")
                .agg(
                        collect_list(struct(col("s"), col("e"))).as("ranges"),
                        max(col("upto")).as("upto"))
                .select(col("application_id"), col("upto"), expr(COVERED_MONTHS).as("claimed"));
        Dataset<Row> spans = in.insuredSpans()
                .select(
                        col("id_number"),
                        col("employer_credit_code"),
                        Texts.monthIndex(col("first_month")).as("first"),
                        Texts.monthIndex(col("last_month")).as("last"));
        Dataset<Row> evidenced = jobs.join(in.candidates().select("candidate_id", "id_number"), "candidate_id")
                .join(spans, new String[] {"id_number", "employer_credit_code"})
                .select(
                        col("application_id"),
                        greatest(col("s"), col("first")).as("s"),
                        least(col("e"), col("last")).as("e"))
                .filter(col("s").leq(col("e")))
                .groupBy("application_id")
                .agg(collect_list(struct(col("s"), col("e"))).as("ranges"))
                .select(col("application_id"), expr(COVERED_MONTHS).as("evidenced"));
        Dataset<Row> rows = claimed.join(evidenced, new String[] {"application_id"}, "left")
                .withColumn("evidenced", coalesce(col("evidenced"), lit(0)))
                .filter(col("claimed").minus(col("evidenced")).gt(INFLATION_TOLERANCE_MONTHS))
                .select(
                        col("application_id"),
                        concat(
                                        lit("claimed "),
                                        col("claimed"),
                                        lit(" social-work months up to "),
                                        Texts.monthText(col("upto")),
                                        lit(", social_insurance evidences "),
                                        col("evidenced"),
                                        lit(" of them at the claimed employers"))
                                .as("evidence"));
        return Flags.perApplication(rows, "WORK_YEARS_INFLATED");
    }

    /** Two claimed jobs, social work or not, sharing more than one month. */
    static Dataset<Row> workOverlap(Inputs in) {
        Dataset<Row> jobs = jobsByApplication(in);
        Dataset<Row> first = prefixed(jobs, "a_");
        Dataset<Row> second = prefixed(jobs, "b_");
        Dataset<Row> pairs = first.join(
                        second,
                        col("a_application_id")
                                .equalTo(col("b_application_id"))
                                .and(col("a_seq").lt(col("b_seq"))))
                .withColumn("from", greatest(col("a_s"), col("b_s")))
                .withColumn("to", least(col("a_e"), col("b_e")))
                .filter(col("to").minus(col("from")).plus(1).gt(OVERLAP_TOLERANCE_MONTHS));
        Dataset<Row> rows = pairs.select(
                col("a_application_id").as("application_id"),
                concat(
                                lit("jobs "),
                                describe("a_"),
                                lit(" and "),
                                describe("b_"),
                                lit(" overlap by "),
                                col("to").minus(col("from")).plus(1),
                                lit(" months ("),
                                Texts.monthText(col("from")),
                                lit(" to "),
                                Texts.monthText(col("to")),
                                lit(")"))
                        .as("evidence"));
        return Flags.perApplication(rows, "WORK_OVERLAP");
    }

    /** A claimed job starting before the candidate's 16th birthday (birth date from id_number). */
    static Dataset<Row> workBefore16(Inputs in) {
        Dataset<Row> rows = in.work()
                .join(in.candidates().select("candidate_id", "id_number"), "candidate_id")
                .withColumn("sixteenth", add_months(to_date(substring(col("id_number"), 7, 8), "yyyyMMdd"), 16 * 12))
                .filter(col("start_date").lt(col("sixteenth")))
                .select(
                        col("candidate_id"),
                        concat(
                                        lit("job "),
                                        col("seq"),
                                        lit(" ("),
                                        col("employer_name"),
                                        lit(") starts "),
                                        date_format(col("start_date"), "yyyy-MM-dd"),
                                        lit(", before the 16th birthday on "),
                                        date_format(col("sixteenth"), "yyyy-MM-dd"))
                                .as("evidence"));
        return Flags.perCandidate(in, rows, "WORK_BEFORE_16");
    }

    /** Each application's claimed jobs as month ranges s..e, an open job to December of the exam year. */
    private static Dataset<Row> jobsByApplication(Inputs in) {
        return in.work()
                .join(in.applications().select("application_id", "candidate_id", "exam_year"), "candidate_id")
                .withColumn("year_end", col("exam_year").multiply(12).plus(11))
                .withColumn("s", Texts.monthIndex(col("start_date")))
                .withColumn("e", least(coalesce(Texts.monthIndex(col("end_date")), col("year_end")), col("year_end")));
    }

    private static Dataset<Row> prefixed(Dataset<Row> jobs, String prefix) {
        String[] names = {"application_id", "seq", "employer_name", "s", "e", "end_date"};
        Column[] selected = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            selected[i] = col(names[i]).as(prefix + names[i]);
        }
        return jobs.select(selected);
    }

    /** "2 (Employer, 2019-01 to present)". */
    private static Column describe(String prefix) {
        return concat(
                col(prefix + "seq"),
                lit(" ("),
                col(prefix + "employer_name"),
                lit(", "),
                Texts.monthText(col(prefix + "s")),
                lit(" to "),
                when(col(prefix + "end_date").isNull(), lit("present")).otherwise(Texts.monthText(col(prefix + "e"))),
                lit(")"));
    }
}
