package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * CERT_NOT_FOUND and CERT_MISMATCH per education row, not per application: a candidate with one
 * FAIL row and one UNVERIFIABLE row has both (verification keeps only the worst outcome).
 */
final class CertificatePatterns {

    private CertificatePatterns() {}

    /** An education certificate not in its registry, or a degree claimed without a certificate or record. */
    static Dataset<Row> certNotFound(Inputs in) {
        Dataset<Row> education = educationChecked(in)
                .filter(col("r_certificate_no").isNull())
                .select(
                        col("candidate_id"),
                        concat(
                                        lit("education row "),
                                        col("seq"),
                                        lit(": certificate "),
                                        Texts.lastSix(col("certificate_no")),
                                        lit(" is not in education_registry"))
                                .as("evidence"));
        Dataset<Row> degree = degreeChecked(in)
                .filter(col("r_certificate_no").isNull())
                .select(
                        col("candidate_id"),
                        when(
                                        col("degree_certificate_no").isNull(),
                                        concat(
                                                lit("education row "),
                                                col("seq"),
                                                lit(" claims a "),
                                                col("degree"),
                                                lit(" degree without a degree certificate number")))
                                .otherwise(concat(
                                        lit("education row "),
                                        col("seq"),
                                        lit(": degree certificate "),
                                        Texts.lastSix(col("degree_certificate_no")),
                                        lit(" is not in degree_registry")))
                                .as("evidence"));
        return Flags.perCandidate(in, education.unionByName(degree), "CERT_NOT_FOUND");
    }

    /** A certificate in its registry whose holder, name, school, major, level, degree or date differ. */
    static Dataset<Row> certMismatch(Inputs in) {
        Dataset<Row> education = educationChecked(in)
                .filter(col("r_certificate_no").isNotNull())
                .withColumn(
                        "differs",
                        concat_ws(
                                ", ",
                                differs("holder", Texts.sameCode(col("r_id_number"), col("id_number"))),
                                differs("name", Texts.sameText(col("r_name"), col("name_on_certificate"))),
                                differs("school", Texts.sameText(col("r_school"), col("school"))),
                                differs("major", Texts.sameText(col("r_major"), col("major"))),
                                differs("level", Texts.sameCode(col("r_level"), col("level"))),
                                differs(
                                        "graduation_date",
                                        coalesce(
                                                col("r_graduation_date").equalTo(col("graduation_date")), lit(false)))))
                .filter(col("differs").notEqual(""))
                .select(
                        col("candidate_id"),
                        concat(
                                        lit("education row "),
                                        col("seq"),
                                        lit(": education_registry's certificate "),
                                        Texts.lastSix(col("certificate_no")),
                                        lit(" differs in "),
                                        col("differs"))
                                .as("evidence"));
        Dataset<Row> degree = degreeChecked(in)
                .filter(col("r_certificate_no").isNotNull())
                .withColumn(
                        "differs",
                        concat_ws(
                                ", ",
                                differs("holder", Texts.sameCode(col("r_id_number"), col("id_number"))),
                                differs("name", Texts.sameText(col("r_name"), col("name_on_certificate"))),
                                differs("degree", Texts.sameCode(col("r_degree"), col("degree"))),
                                differs("school", Texts.sameText(col("r_school"), col("school"))),
                                differs("major", Texts.sameText(col("r_major"), col("major")))))
                .filter(col("differs").notEqual(""))
                .select(
                        col("candidate_id"),
                        concat(
                                        lit("education row "),
                                        col("seq"),
                                        lit(": degree_registry's certificate "),
                                        Texts.lastSix(col("degree_certificate_no")),
                                        lit(" differs in "),
                                        col("differs"))
                                .as("evidence"));
        return Flags.perCandidate(in, education.unionByName(degree), "CERT_MISMATCH");
    }

    /** Null when the field matches (concat_ws skips it), else the field's name. */
    private static Column differs(String field, Column same) {
        return when(same, lit(null).cast("string")).otherwise(lit(field));
    }

    /** Each education row with its candidate's id_number and the registry record (r_ columns), if any. */
    private static Dataset<Row> educationChecked(Inputs in) {
        Dataset<Row> registry = prefixed(
                in.educationRegistry(),
                "certificate_no",
                "id_number",
                "name",
                "school",
                "major",
                "level",
                "graduation_date");
        return withHolder(in).join(registry, upper(trim(col("certificate_no"))).equalTo(col("r_key")), "left");
    }

    /** Each education row that claims a degree (not null, not NONE) with its degree_registry record, if any. */
    private static Dataset<Row> degreeChecked(Inputs in) {
        Dataset<Row> registry =
                prefixed(in.degreeRegistry(), "certificate_no", "id_number", "name", "degree", "school", "major");
        Dataset<Row> claims = withHolder(in)
                .filter(col("degree").isNotNull().and(trim(col("degree")).notEqual("NONE")))
                .withColumn(
                        "degree_certificate_no",
                        when(trim(col("degree_certificate_no")).notEqual(""), col("degree_certificate_no")));
        return claims.join(registry, upper(trim(col("degree_certificate_no"))).equalTo(col("r_key")), "left");
    }

    private static Dataset<Row> withHolder(Inputs in) {
        return in.education().join(in.candidates().select("candidate_id", "id_number"), "candidate_id");
    }

    private static Dataset<Row> prefixed(Dataset<Row> registry, String... columns) {
        Column[] selected = new Column[columns.length + 1];
        for (int i = 0; i < columns.length; i++) {
            selected[i] = col(columns[i]).as("r_" + columns[i]);
        }
        selected[columns.length] = upper(trim(col("certificate_no"))).as("r_key");
        return registry.select(selected);
    }
}
