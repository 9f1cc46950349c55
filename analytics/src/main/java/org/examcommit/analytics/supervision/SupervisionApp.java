package org.examcommit.analytics.supervision;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.examcommit.analytics.anomaly.StatisticalSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The night's supervision analytics (DATA-CONTRACT §3): flags, key_supervision, public_notice and
 * open findings for one run date, into PostgreSQL and Parquet under the output root.
 *
 * <p>Arguments: {@code RUN_DATE JDBC_URL OUTPUT_ROOT [NAME=VALUE ...]}, the optional ones the
 * thresholds of the statistical patterns ({@link StatisticalSettings}); the master comes from SparkSubmit, the
 * database user and password from ANALYTICS_DB_USER and ANALYTICS_DB_PASSWORD. Prints one summary
 * line on stdout.
 */
public final class SupervisionApp {

    /** Moves one run date's staged rows into the output tables: delete the date, insert, in one transaction. */
    private static final List<String> PUBLISH = List.of(
            "DELETE FROM flags WHERE run_date = ?",
            "INSERT INTO flags SELECT run_date, application_id, pattern, score, evidence FROM analytics_stage_flags",
            "DELETE FROM key_supervision WHERE run_date = ?",
            """
        INSERT INTO key_supervision
        SELECT run_date, application_id, string_to_array(reasons, ';') FROM analytics_stage_key_supervision""",
            "DELETE FROM public_notice WHERE published_on = ?",
            """
        INSERT INTO public_notice SELECT application_id, masked_name, masked_id_number, exam_code, level,
               province_code, commitment, reason, published_on FROM analytics_stage_public_notice""",
            // a re-run never opens a second finding for the same application and kind
            """
        INSERT INTO findings (application_id, kind, detail)
        SELECT s.application_id, s.kind, s.detail FROM analytics_stage_findings s
        WHERE NOT EXISTS (SELECT 1 FROM findings f WHERE f.application_id = s.application_id AND f.kind = s.kind)""");

    private static final List<String> STAGING = List.of(
            "analytics_stage_flags",
            "analytics_stage_key_supervision",
            "analytics_stage_public_notice",
            "analytics_stage_findings");

    private static final Logger log = LoggerFactory.getLogger(SupervisionApp.class);

    private SupervisionApp() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: SupervisionApp RUN_DATE JDBC_URL OUTPUT_ROOT [NAME=VALUE ...]");
        }
        LocalDate runDate = LocalDate.parse(args[0]);
        StatisticalSettings settings = StatisticalSettings.parse(List.of(args).subList(3, args.length));
        Path outputRoot = Path.of(args[2]).toAbsolutePath();
        try (SparkSession spark = SparkSession.builder()
                .appName("supervision " + runDate)
                .config("spark.sql.session.timeZone", "Asia/Shanghai")
                .getOrCreate()) {
            // progress lines mark where a crash can land (CrashPointsIT kills the night at each)
            log.info("Supervision {}: Spark session started", runDate);
            int partitions = Math.max(2, spark.sparkContext().defaultParallelism());
            // Spark's default of 200 shuffle partitions made every join and aggregation 200 tasks, most of
            // them nearly empty: on 2 cores the night's 20,000 applications took minutes of task overhead.
            // One per core unless spark-defaults.conf (SPARK_CONF_DIR) or --conf sets it.
            if (spark.sparkContext()
                    .getConf()
                    .getOption("spark.sql.shuffle.partitions")
                    .isEmpty()) {
                spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
            }
            Database db = Database.fromEnvironment(args[1], partitions);
            Inputs in = read(spark, db, runDate);
            Outputs out = Outputs.compute(in, runDate, settings);
            String summary = write(db, outputRoot, runDate, out);
            System.out.println(summary);
        }
    }

    static Inputs read(SparkSession spark, Database db, LocalDate runDate) {
        Dataset<Row> verification = db.read(
                spark,
                "(SELECT application_id, identity, education, degree, claimed_work_months, evidenced_work_months,"
                        + " eligibility, route FROM verification_results WHERE run_date = DATE '" + runDate + "') v",
                "application_id");
        Inputs in = new Inputs(
                db.read(spark, "applications", "candidate_id")
                        .select(
                                "application_id",
                                "candidate_id",
                                "exam_code",
                                "exam_year",
                                "level",
                                "province_code",
                                "commitment"),
                db.read(spark, "candidates", "candidate_id").select("candidate_id", "id_number", "name", "phone"),
                db.read(spark, "education", "candidate_id").drop("created_at"),
                db.read(spark, "work_experience", "candidate_id").drop("updated_at"),
                db.query(spark, "SELECT id_number, name FROM identity_registry"),
                db.read(spark, "education_registry", "certificate_no").drop("snapshot_date"),
                db.read(spark, "degree_registry", "certificate_no").drop("snapshot_date"),
                db.read(spark, "social_insurance_spans", "id_number").drop("snapshot_date"),
                verification.cache(),
                db.query(spark, "SELECT application_id, reported_at, channel, summary FROM public_reports"));
        // every pattern reads the inputs again: one JDBC pass each, then memory
        return new Inputs(
                in.applications().cache(),
                in.candidates().cache(),
                in.education().cache(),
                in.work().cache(),
                in.identityRegistry(),
                in.educationRegistry().cache(),
                in.degreeRegistry().cache(),
                in.insuredSpans().cache(),
                in.verification(),
                in.reports().cache());
    }

    /** The four outputs of a run date, each in its contract columns (arrays as Spark arrays). */
    record Outputs(Dataset<Row> flags, Dataset<Row> keySupervision, Dataset<Row> publicNotice, Dataset<Row> findings) {

        static Outputs compute(Inputs in, LocalDate runDate, StatisticalSettings settings) {
            Dataset<Row> flags = Flags.withStatistical(in, settings).cache();
            Dataset<Row> key =
                    Supervision.keySupervision(in.verification(), flags).cache();
            Date date = Date.valueOf(runDate);
            return new Outputs(
                    flags.select(
                            lit(date).as("run_date"),
                            col("application_id"),
                            col("pattern"),
                            col("score"),
                            col("evidence")),
                    key.select(lit(date).as("run_date"), col("application_id"), col("reasons")),
                    // written twice (Parquet, then the database): computed once
                    Supervision.publicNotice(in, runDate).cache(),
                    Supervision.findings(key, flags));
        }
    }

    /** Parquet into hidden folders, then the database in one transaction, then the folders into place. */
    static String write(Database db, Path outputRoot, LocalDate runDate, Outputs out) throws SQLException {
        Map<String, Dataset<Row>> parquet = new LinkedHashMap<>();
        parquet.put("flags", out.flags());
        parquet.put("key_supervision", out.keySupervision());
        parquet.put("public_notice", out.publicNotice());
        ParquetOutput files = new ParquetOutput(outputRoot, runDate);
        parquet.forEach(files::stage);
        log.info("Supervision {}: Parquet staged in hidden folders", runDate);

        db.truncate(STAGING);
        db.append(out.flags(), "analytics_stage_flags");
        db.append(
                out.keySupervision()
                        .withColumn("reasons", concat_ws(";", col("reasons")))
                        .select("run_date", "application_id", "reasons"),
                "analytics_stage_key_supervision");
        db.append(out.publicNotice(), "analytics_stage_public_notice");
        db.append(out.findings(), "analytics_stage_findings");
        log.info("Supervision {}: results staged in the database", runDate);
        long[] counts = db.publish(PUBLISH, runDate);
        log.info("Supervision {}: published in the database; moving the Parquet into place", runDate);
        db.truncate(STAGING);
        files.commit();
        return "flags " + counts[0] + ", key_supervision " + counts[1] + ", public_notice " + counts[2]
                + ", findings opened " + counts[3];
    }
}
