package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.text.Normalizer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.examcommit.contract.privacy.Masking;

/** Column helpers: text comparison as verification does it (§2), masking (§5), month arithmetic. */
final class Texts {

    private static final UserDefinedFunction NORMALISE =
            udf((UDF1<String, String>) Texts::normalise, DataTypes.StringType);
    private static final UserDefinedFunction MASK_ID =
            udf((UDF1<String, String>) Masking::idNumber, DataTypes.StringType);
    private static final UserDefinedFunction MASK_PHONE =
            udf((UDF1<String, String>) Masking::phone, DataTypes.StringType);
    private static final UserDefinedFunction MASK_NAME =
            udf((UDF1<String, String>) Masking::name, DataTypes.StringType);

    private Texts() {}

    /** NFKC, trimmed, the middle dots {@code •} and {@code ・} taken as {@code ·} (as verification compares). */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return folded.replace('\u2022', '\u00B7').replace('\u30FB', '\u00B7');
    }

    /** Texts (names, schools, majors) the same after normalisation; a missing text is never the same. */
    static Column sameText(Column a, Column b) {
        return a.isNotNull()
                .and(b.isNotNull())
                .and(a.equalTo(b).or(NORMALISE.apply(a).equalTo(NORMALISE.apply(b))));
    }

    /** Identifiers and codes: trimmed and case-blind. */
    static Column sameCode(Column a, Column b) {
        return a.isNotNull().and(b.isNotNull()).and(upper(trim(a)).equalTo(upper(trim(b))));
    }

    static Column trim(Column c) {
        return org.apache.spark.sql.functions.trim(c);
    }

    static Column maskedId(Column c) {
        return MASK_ID.apply(c);
    }

    static Column maskedPhone(Column c) {
        return MASK_PHONE.apply(c);
    }

    static Column maskedName(Column c) {
        return MASK_NAME.apply(c);
    }

    /** A certificate number shown by its last 6 characters only, as the evidence names it. */
    static Column lastSix(Column c) {
        return when(length(c).gt(6), concat(lit("…"), substring(c, -6, 6))).otherwise(c);
    }

    /** A date's calendar month as one number (year * 12 + month - 1), so months subtract. */
    static Column monthIndex(Column date) {
        return org.apache
                .spark
                .sql
                .functions
                .year(date)
                .multiply(12)
                .plus(org.apache.spark.sql.functions.month(date))
                .minus(1);
    }

    /** A month number as yyyy-MM. */
    static Column monthText(Column index) {
        return org.apache.spark.sql.functions.format_string(
                "%04d-%02d", index.divide(12).cast("int"), index.mod(12).plus(1));
    }

    static Column column(String name) {
        return col(name);
    }
}
