package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Key supervision, the public notice (social supervision) and the officers' open findings (§3). */
public final class Supervision {

    static final String EDUCATION_REASON = "学历证书无法在线核验，请携带学历证书原件到现场核验";
    static final String DEGREE_REASON = "学位证书无法在线核验，请携带学位证书原件到现场核验";
    static final String WORK_REASON = "社会工作年限无法在线核验，请携带劳动合同和单位出具的工作证明到现场核验";

    private Supervision() {}

    /** Every EXEMPT application that carries a flag (REPORTED among them), its patterns as reasons. */
    public static Dataset<Row> keySupervision(Dataset<Row> verification, Dataset<Row> flags) {
        return verification
                .filter(col("route").equalTo("EXEMPT"))
                .select("application_id")
                .join(flags.select("application_id", "pattern"), "application_id")
                .groupBy("application_id")
                .agg(array_sort(collect_set(col("pattern"))).as("reasons"));
    }

    /**
     * Every COMMITTED application whose education or degree is UNVERIFIABLE or whose eligibility is
     * UNDETERMINED, masked as §5, its reason in plain Chinese, published on the run date.
     */
    public static Dataset<Row> publicNotice(Inputs in, LocalDate runDate) {
        Dataset<Row> hard = in.verification()
                .filter(col("education")
                        .equalTo("UNVERIFIABLE")
                        .or(col("degree").equalTo("UNVERIFIABLE"))
                        .or(col("eligibility").equalTo("UNDETERMINED")))
                .select(
                        col("application_id"),
                        concat_ws(
                                        "；",
                                        when(col("education").equalTo("UNVERIFIABLE"), lit(EDUCATION_REASON)),
                                        when(col("degree").equalTo("UNVERIFIABLE"), lit(DEGREE_REASON)),
                                        when(col("eligibility").equalTo("UNDETERMINED"), lit(WORK_REASON)))
                                .as("reason"));
        return in.applications()
                .filter(col("commitment").equalTo("COMMITTED"))
                .join(hard, "application_id")
                .join(in.candidates().select("candidate_id", "id_number", "name"), "candidate_id")
                .select(
                        col("application_id"),
                        Texts.maskedName(col("name")).as("masked_name"),
                        Texts.maskedId(col("id_number")).as("masked_id_number"),
                        col("exam_code"),
                        col("level"),
                        col("province_code"),
                        col("commitment"),
                        concat(col("reason"), lit("。")).as("reason"),
                        lit(java.sql.Date.valueOf(runDate)).as("published_on"));
    }

    /**
     * One finding per key-supervision application: kind = its patterns joined by ";", detail = each
     * pattern's evidence. Written only where no finding of that application and kind exists yet.
     */
    public static Dataset<Row> findings(Dataset<Row> keySupervision, Dataset<Row> flags) {
        return keySupervision
                .select("application_id")
                .join(flags, "application_id")
                .groupBy("application_id")
                .agg(array_sort(collect_list(struct(col("pattern"), col("evidence"))))
                        .as("items"))
                .select(
                        col("application_id"),
                        concat_ws(";", col("items.pattern")).as("kind"),
                        concat_ws(
                                        "\n",
                                        org.apache.spark.sql.functions.transform(
                                                col("items"),
                                                item -> concat(
                                                        item.getField("pattern"),
                                                        lit(": "),
                                                        item.getField("evidence"))))
                                .as("detail"));
    }
}
