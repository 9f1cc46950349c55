package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_except;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The patterns that compare candidates with each other: CERT_SHARED, PHONE_SHARED, DUPLICATE_APPLICATION. */
final class SharedPatterns {

    /** PHONE_SHARED needs this many candidates on one phone: two (a couple, a parent) is ordinary. */
    static final int PHONE_SHARED_MIN_CANDIDATES = 3;

    private SharedPatterns() {}

    /** One certificate_no, or one degree_certificate_no, claimed by two or more candidates. */
    static Dataset<Row> certShared(Inputs in) {
        Dataset<Row> education = sharedBy(
                in.education()
                        .select(
                                col("candidate_id"),
                                upper(trim(col("certificate_no"))).as("number")),
                2,
                "education certificate ");
        Dataset<Row> degree = sharedBy(
                in.education()
                        .filter(trim(col("degree_certificate_no")).notEqual(""))
                        .select(
                                col("candidate_id"),
                                upper(trim(col("degree_certificate_no"))).as("number")),
                2,
                "degree certificate ");
        return Flags.perCandidate(in, education.unionByName(degree), "CERT_SHARED");
    }

    /** One phone number on three or more candidates; the phone is shown masked. */
    static Dataset<Row> phoneShared(Inputs in) {
        Dataset<Row> byPhone = in.candidates()
                .groupBy(col("phone"))
                .agg(array_sort(collect_set(col("candidate_id"))).as("holders"))
                .filter(size(col("holders")).geq(PHONE_SHARED_MIN_CANDIDATES));
        Dataset<Row> rows = byPhone.select(
                        col("phone"), col("holders"), explode(col("holders")).as("candidate_id"))
                .select(
                        col("candidate_id"),
                        concat(
                                        lit("phone "),
                                        Texts.maskedPhone(col("phone")),
                                        lit(" is also on candidates "),
                                        concat_ws(", ", array_except(col("holders"), array(col("candidate_id")))))
                                .as("evidence"));
        return Flags.perCandidate(in, rows, "PHONE_SHARED");
    }

    /** One id_number applying to the same exam and year more than once; each of those applications. */
    static Dataset<Row> duplicateApplication(Inputs in) {
        Dataset<Row> groups = in.applicants()
                .withColumn("entry", concat(col("application_id"), lit(" (province "), col("province_code"), lit(")")))
                .groupBy(col("id_number"), col("exam_code"), col("exam_year"))
                .agg(
                        array_sort(collect_set(col("application_id"))).as("ids"),
                        array_sort(collect_set(col("entry"))).as("entries"))
                .filter(size(col("ids")).gt(1));
        Dataset<Row> rows = groups.select(
                explode(col("ids")).as("application_id"),
                concat(
                                lit("id_number "),
                                Texts.maskedId(col("id_number")),
                                lit(" applies to "),
                                col("exam_code"),
                                lit(" "),
                                col("exam_year"),
                                lit(" "),
                                size(col("ids")),
                                lit(" times: "),
                                concat_ws(", ", col("entries")))
                        .as("evidence"));
        return Flags.perApplication(rows, "DUPLICATE_APPLICATION");
    }

    /** (candidate_id, evidence) for every candidate of a number that {@code min} or more candidates claim. */
    private static Dataset<Row> sharedBy(Dataset<Row> claims, int min, String what) {
        Dataset<Row> byNumber = claims.groupBy(col("number"))
                .agg(array_sort(collect_set(col("candidate_id"))).as("holders"))
                .filter(size(col("holders")).geq(min));
        return byNumber.select(
                        col("number"), col("holders"), explode(col("holders")).as("candidate_id"))
                .select(
                        col("candidate_id"),
                        concat(
                                        lit(what),
                                        Texts.lastSix(col("number")),
                                        lit(" is also claimed by candidates "),
                                        concat_ws(", ", array_except(col("holders"), array(col("candidate_id")))))
                                .as("evidence"));
    }
}
