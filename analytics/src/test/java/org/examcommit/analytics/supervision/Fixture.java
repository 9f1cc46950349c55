package org.examcommit.analytics.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/** A handful of rows per table, with the tables' columns, built into {@link Inputs}. */
public final class Fixture {

    private final List<Row> applications = new ArrayList<>();
    private final List<Row> candidates = new ArrayList<>();
    private final List<Row> education = new ArrayList<>();
    private final List<Row> work = new ArrayList<>();
    private final List<Row> identity = new ArrayList<>();
    private final List<Row> educationRegistry = new ArrayList<>();
    private final List<Row> degreeRegistry = new ArrayList<>();
    private final List<Row> spans = new ArrayList<>();
    private final List<Row> verification = new ArrayList<>();
    private final List<Row> reports = new ArrayList<>();

    public Fixture candidate(String candidateId, String idNumber, String name, String phone) {
        candidates.add(RowFactory.create(candidateId, idNumber, name, phone));
        return this;
    }

    /** An SW application of that year, verified tonight with everything PASS and routed EXEMPT. */
    public Fixture application(String applicationId, String candidateId, int year, String province) {
        return application(applicationId, candidateId, "SW", year, province, "COMMITTED")
                .verified(applicationId, "PASS", "PASS", "NOT_CLAIMED", "ELIGIBLE", "EXEMPT");
    }

    public Fixture application(
            String applicationId, String candidateId, String exam, int year, String province, String commitment) {
        applications.add(RowFactory.create(applicationId, candidateId, exam, year, "ASSISTANT", province, commitment));
        return this;
    }

    public Fixture verified(
            String applicationId,
            String identityOutcome,
            String educationOutcome,
            String degreeOutcome,
            String eligibility,
            String route) {
        verification.removeIf(r -> r.getString(0).equals(applicationId));
        verification.add(RowFactory.create(
                applicationId, identityOutcome, educationOutcome, degreeOutcome, 0, 0, eligibility, route));
        return this;
    }

    /** Sets the claimed and evidenced social-work months of an application's verification result. */
    public Fixture workMonths(String applicationId, int claimed, int evidenced) {
        Row old = verification.stream()
                .filter(r -> r.getString(0).equals(applicationId))
                .findFirst()
                .orElseThrow();
        verification.remove(old);
        verification.add(RowFactory.create(
                applicationId, old.get(1), old.get(2), old.get(3), claimed, evidenced, old.get(6), old.get(7)));
        return this;
    }

    public Fixture education(
            String candidateId,
            int seq,
            String school,
            String major,
            String graduated,
            String certificateNo,
            String degree,
            String degreeCertificateNo,
            String nameOnCertificate) {
        education.add(RowFactory.create(
                candidateId,
                seq,
                "BACHELOR",
                school,
                major,
                Date.valueOf(graduated),
                certificateNo,
                degree,
                degreeCertificateNo,
                nameOnCertificate));
        return this;
    }

    public Fixture job(
            String candidateId, int seq, String employer, String code, String start, String end, boolean social) {
        work.add(RowFactory.create(
                candidateId, seq, employer, code, Date.valueOf(start), end == null ? null : Date.valueOf(end), social));
        return this;
    }

    public Fixture identity(String idNumber, String name) {
        identity.add(RowFactory.create(idNumber, name));
        return this;
    }

    public Fixture educationRecord(
            String certificateNo, String idNumber, String name, String school, String major, String graduated) {
        educationRegistry.add(
                RowFactory.create(certificateNo, idNumber, name, school, major, "BACHELOR", Date.valueOf(graduated)));
        return this;
    }

    public Fixture degreeRecord(String certificateNo, String idNumber, String name, String school, String major) {
        degreeRegistry.add(RowFactory.create(
                certificateNo, idNumber, name, "BACHELOR", school, major, Date.valueOf("2015-07-01")));
        return this;
    }

    public Fixture insured(String idNumber, String code, String firstMonth, String lastMonth) {
        spans.add(RowFactory.create(idNumber, code, Date.valueOf(firstMonth), Date.valueOf(lastMonth)));
        return this;
    }

    public Fixture report(String applicationId, String at, String channel) {
        reports.add(RowFactory.create(
                applicationId, Timestamp.from(OffsetDateTime.parse(at).toInstant()), channel, "a report"));
        return this;
    }

    public Inputs inputs() {
        return new Inputs(
                frame(
                        applications,
                        "application_id STRING, candidate_id STRING, exam_code STRING, exam_year INT, level STRING,"
                                + " province_code STRING, commitment STRING"),
                frame(candidates, "candidate_id STRING, id_number STRING, name STRING, phone STRING"),
                frame(
                        education,
                        "candidate_id STRING, seq INT, level STRING, school STRING, major STRING, graduation_date DATE,"
                                + " certificate_no STRING, degree STRING, degree_certificate_no STRING,"
                                + " name_on_certificate STRING"),
                frame(
                        work,
                        "candidate_id STRING, seq INT, employer_name STRING, employer_credit_code STRING,"
                                + " start_date DATE, end_date DATE, social_work BOOLEAN"),
                frame(identity, "id_number STRING, name STRING"),
                frame(
                        educationRegistry,
                        "certificate_no STRING, id_number STRING, name STRING, school STRING, major STRING,"
                                + " level STRING, graduation_date DATE"),
                frame(
                        degreeRegistry,
                        "certificate_no STRING, id_number STRING, name STRING, degree STRING, school STRING,"
                                + " major STRING, awarded_date DATE"),
                frame(spans, "id_number STRING, employer_credit_code STRING, first_month DATE, last_month DATE"),
                frame(
                        verification,
                        "application_id STRING, identity STRING, education STRING, degree STRING,"
                                + " claimed_work_months INT, evidenced_work_months INT, eligibility STRING, route STRING"),
                frame(reports, "application_id STRING, reported_at TIMESTAMP, channel STRING, summary STRING"));
    }

    private static Dataset<Row> frame(List<Row> rows, String ddl) {
        return SparkTest.spark().createDataFrame(rows, StructType.fromDDL(ddl));
    }
}
