package org.examcommit.analytics.anomaly;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.median;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.examcommit.analytics.supervision.Inputs;

/**
 * ANOMALY (DATA-CONTRACT §3): an application far above its comparable applications in one of the
 * {@link Feature}s, by a robust modified z-score.
 *
 * <p>Comparable applications: tonight's applications of the same exam, level, province and cohort
 * (the birth decade from the id_number). A group smaller than {@code anomalyMinGroup} is replaced by
 * its parent: the same exam, level and cohort in every province, then the exam and level, then the
 * exam; an exam with fewer applications than that is not judged. The group's statistics are taken
 * over all its members.
 *
 * <p>Score of a feature: z = (x − median) / s, with s = MAD / 0.6745 (Iglewicz and Hoaglin's modified
 * z-score, MAD = the median absolute deviation); when the MAD is 0 (more than half the group share
 * one value) s = 1.2533 × the mean absolute deviation instead; and s is never below the feature's
 * resolution (a month, a job), so that a group where nearly everyone has one job does not make a
 * second job an outlier. Only the upper side counts: claiming more than one's peers is what the
 * supervision looks for. A flag names every feature above {@code anomalyZ} with its value, the
 * group median and z; score = z / (z + anomalyZ) of the largest z (0.5 at the threshold, towards 1).
 * Exact medians and no randomness: the same night gives the same flags.
 */
public final class Outliers {

    public static final String PATTERN = "ANOMALY";

    /** A feature of an application: its name in the evidence, its value, its resolution (the smallest scale). */
    public record Feature(String name, Column value, double resolution) {}

    /**
     * The features. claimed_work_months and jobs are what a candidate claims; work_share is the claimed
     * social-work months over the months since the candidate's 18th birthday up to December of the exam
     * year (claims that fill a young adult life); education_rows is how many education rows.
     */
    static final Feature[] FEATURES = {
        new Feature("claimed_work_months", col("claimed_work_months").cast("double"), 6),
        new Feature("jobs", col("jobs").cast("double"), 1),
        new Feature("education_rows", col("education_rows").cast("double"), 1),
        new Feature(
                "work_share",
                col("claimed_work_months")
                        .cast("double")
                        .divide(greatest(
                                lit(12), col("exam_year").multiply(12).plus(11).minus(col("adult_from")))),
                0.05)
    };

    private static final double MAD_TO_SIGMA = 0.6745;
    private static final double MEAN_AD_TO_SIGMA = 1.2533;

    private Outliers() {}

    /** One ANOMALY flag per outlying application of tonight's verification. */
    public static Dataset<Row> flags(Inputs in, StatisticalSettings settings) {
        Dataset<Row> scored = scores(in, settings).filter(col("z").gt(settings.anomalyZ()));
        return scored.groupBy("application_id", "group_name", "group_size")
                .agg(
                        max(col("z")).as("z"),
                        array_sort(collect_list(struct(col("feature"), col("value"), col("median"), col("z"))))
                                .as("items"))
                .select(
                        col("application_id"),
                        lit(PATTERN).as("pattern"),
                        col("z").divide(col("z").plus(settings.anomalyZ())).as("score"),
                        concat(
                                        concat_ws(
                                                "; ",
                                                org.apache.spark.sql.functions.transform(
                                                        col("items"),
                                                        i -> format_string(
                                                                "%s %s (group median %s, z %.1f)",
                                                                i.getField("feature"),
                                                                number(i.getField("value")),
                                                                number(i.getField("median")),
                                                                i.getField("z")))),
                                        lit(" among "),
                                        col("group_size"),
                                        lit(" applications of "),
                                        col("group_name"))
                                .as("evidence"));
    }

    /** Every (application, feature): group_name, group_size, value, median and z. */
    public static Dataset<Row> scores(Inputs in, StatisticalSettings settings) {
        Dataset<Row> apps = grouped(features(in), settings.anomalyMinGroup());
        Column[] longForm = new Column[FEATURES.length];
        for (int i = 0; i < FEATURES.length; i++) {
            Feature f = FEATURES[i];
            longForm[i] = struct(
                    lit(f.name()).as("feature"),
                    f.value().as("value"),
                    lit(f.resolution()).as("resolution"));
        }
        Dataset<Row> values = apps.select(
                        col("application_id"),
                        col("k0"),
                        col("k1"),
                        col("k2"),
                        col("k3"),
                        col("group_key"),
                        col("group_name"),
                        col("group_size"),
                        explode(array(longForm)).as("f"))
                .select(col("*"), col("f.feature"), col("f.value"), col("f.resolution"))
                .drop("f")
                .filter(col("value").isNotNull())
                .cache();
        // each group's statistics over all its members, for the groups some application is judged in
        Dataset<Row> needed = apps.select(col("group_key").as("key")).distinct();
        Dataset<Row> members = values.select(
                        col("feature"),
                        col("value"),
                        explode(array(col("k0"), col("k1"), col("k2"), col("k3")))
                                .as("key"))
                .join(needed, "key");
        Dataset<Row> medians =
                members.groupBy("key", "feature").agg(median(col("value")).as("median"));
        Dataset<Row> spread = members.join(medians, new String[] {"key", "feature"})
                .groupBy("key", "feature", "median")
                .agg(
                        median(abs(col("value").minus(col("median")))).as("mad"),
                        avg(abs(col("value").minus(col("median")))).as("mean_ad"))
                .withColumnRenamed("key", "group_key");
        Column scale = greatest(
                col("resolution"),
                when(col("mad").gt(0), col("mad").divide(MAD_TO_SIGMA))
                        .otherwise(col("mean_ad").multiply(MEAN_AD_TO_SIGMA)));
        return values.join(spread, new String[] {"group_key", "feature"})
                .select(
                        col("application_id"),
                        col("feature"),
                        col("group_name"),
                        col("group_size"),
                        col("value"),
                        col("median"),
                        col("value").minus(col("median")).divide(scale).as("z"));
    }

    /** Tonight's applications with their raw features and cohort. */
    static Dataset<Row> features(Inputs in) {
        Dataset<Row> jobs = in.work().groupBy("candidate_id").agg(count(lit(1)).as("jobs"));
        Dataset<Row> education =
                in.education().groupBy("candidate_id").agg(count(lit(1)).as("education_rows"));
        Column birthYear = substring(col("id_number"), 7, 4).cast("int");
        Column birthMonth = substring(col("id_number"), 11, 2).cast("int");
        return in.verification()
                .select("application_id", "claimed_work_months")
                .join(
                        in.applications()
                                .select(
                                        "application_id",
                                        "candidate_id",
                                        "exam_code",
                                        "exam_year",
                                        "level",
                                        "province_code"),
                        "application_id")
                .join(in.candidates().select("candidate_id", "id_number"), "candidate_id")
                .join(jobs, new String[] {"candidate_id"}, "left")
                .join(education, new String[] {"candidate_id"}, "left")
                .withColumn("jobs", coalesce(col("jobs"), lit(0L)))
                .withColumn("education_rows", coalesce(col("education_rows"), lit(0L)))
                .withColumn("cohort", concat(substring(col("id_number"), 7, 3), lit("0s")))
                .withColumn(
                        "adult_from",
                        birthYear.plus(18).multiply(12).plus(birthMonth).minus(1));
    }

    /**
     * Each application with its group keys k0 (exam, level, province, cohort) to k3 (exam), the group it is
     * judged in (the finest with {@code min} members), that group's size and its name in words.
     */
    static Dataset<Row> grouped(Dataset<Row> features, int min) {
        Dataset<Row> keyed = features.withColumn(
                        "k0", concat_ws("|", col("exam_code"), col("level"), col("province_code"), col("cohort")))
                .withColumn("k1", concat_ws("|", col("exam_code"), col("level"), lit("*"), col("cohort")))
                .withColumn("k2", concat_ws("|", col("exam_code"), col("level")))
                .withColumn("k3", col("exam_code"));
        for (int i = 0; i < 4; i++) {
            keyed = keyed.withColumn("n" + i, count(lit(1)).over(Window.partitionBy("k" + i)));
        }
        Column name0 = concat(
                col("exam_code"),
                lit(" "),
                col("level"),
                lit(" in province "),
                col("province_code"),
                lit(" born in the "),
                col("cohort"));
        Column name1 =
                concat(col("exam_code"), lit(" "), col("level"), lit(" in every province born in the "), col("cohort"));
        Column name2 = concat(col("exam_code"), lit(" "), col("level"));
        return keyed.withColumn(
                        "group_key",
                        when(col("n0").geq(min), col("k0"))
                                .when(col("n1").geq(min), col("k1"))
                                .when(col("n2").geq(min), col("k2"))
                                .when(col("n3").geq(min), col("k3")))
                .withColumn(
                        "group_name",
                        when(col("n0").geq(min), name0)
                                .when(col("n1").geq(min), name1)
                                .when(col("n2").geq(min), name2)
                                .otherwise(col("exam_code")))
                .withColumn(
                        "group_size",
                        when(col("n0").geq(min), col("n0"))
                                .when(col("n1").geq(min), col("n1"))
                                .when(col("n2").geq(min), col("n2"))
                                .otherwise(col("n3")))
                .filter(col("group_key").isNotNull());
    }

    /** A whole number without ".0", anything else with two decimals. */
    private static Column number(Column v) {
        return when(
                        v.equalTo(org.apache.spark.sql.functions.floor(v)),
                        v.cast("long").cast("string"))
                .otherwise(format_string("%.2f", v));
    }
}
