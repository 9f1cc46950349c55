package org.examcommit.batch.bundle;

import static org.examcommit.batch.bundle.DatasetSpec.Column.code;
import static org.examcommit.batch.bundle.DatasetSpec.Column.integer;
import static org.examcommit.batch.bundle.DatasetSpec.Column.of;
import static org.examcommit.batch.bundle.DatasetSpec.Column.optionalCode;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.BOOL;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.CREDIT_CODE;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.DATE;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.IDENTIFIER;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.ID_NUMBER;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.OPTIONAL_DATE;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.OPTIONAL_IDENTIFIER;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.OPTIONAL_TIMESTAMP;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.PHONE;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.PROVINCE;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.TEXT;
import static org.examcommit.batch.bundle.DatasetSpec.Kind.TIMESTAMP;

import java.util.List;
import java.util.Set;
import org.examcommit.batch.bundle.DatasetSpec.Column;
import org.examcommit.batch.bundle.DatasetSpec.Reference;
import org.examcommit.batch.bundle.DatasetSpec.RowCheck;
import org.examcommit.contract.Commitment;
import org.examcommit.contract.Degree;
import org.examcommit.contract.EducationLevel;
import org.examcommit.contract.ExamLevel;
import org.examcommit.contract.Violation;

/**
 * Every dataset of the bundle but social_insurance (its own {@link SocialInsuranceLoader}), one entry
 * each, in the order they load. A column's kind says how it is read and checked; the first problem of
 * a row is the one quarantined, so columns are listed in the contract's order. Repeats of the key
 * within one import: the first row wins, later ones are quarantined. Re-import semantics live in the
 * SQL: a row whose data did not change is not written again.
 */
final class DatasetSpecs {

    // The contract's code lists (DATA-CONTRACT §1), from their one place: the contract module's enums.
    static final Set<String> EXAM_LEVELS = ExamLevel.codes();
    static final Set<String> COMMITMENTS = Commitment.codes();
    static final Set<String> EDUCATION_LEVELS = EducationLevel.codes();
    static final Set<String> CLAIMED_DEGREES = Degree.codes();
    static final Set<String> REGISTRY_DEGREES = Degree.awardedCodes();
    static final Set<String> VIOLATIONS = Violation.codes();

    /** candidates: back-filled accounts; a re-import updates only rows whose data changed. */
    static final DatasetSpec CANDIDATES = new DatasetSpec(
            "candidates",
            List.of(
                    of("candidate_id", IDENTIFIER),
                    of("id_number", ID_NUMBER),
                    of("name", TEXT),
                    of("phone", PHONE),
                    of("registered_at", TIMESTAMP)),
            List.of("candidate_id"),
            Reference.NONE,
            null,
            false,
            RowCheck.NONE,
            List.of("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source)
                SELECT candidate_id, id_number, name, phone, registered_at::timestamptz, 'BUNDLE'
                  FROM stage_candidates
                ON CONFLICT (candidate_id) DO UPDATE
                   SET id_number = EXCLUDED.id_number, name = EXCLUDED.name, phone = EXCLUDED.phone,
                       registered_at = EXCLUDED.registered_at, source = 'BUNDLE', updated_at = now()
                 WHERE (candidates.id_number, candidates.name, candidates.phone, candidates.registered_at, candidates.source)
                       IS DISTINCT FROM (EXCLUDED.id_number, EXCLUDED.name, EXCLUDED.phone, EXCLUDED.registered_at, 'BUNDLE')
                """));

    /** education: at most five rows per candidate (seq 1..5), keyed by (candidate_id, seq). */
    static final DatasetSpec EDUCATION = new DatasetSpec(
            "education",
            List.of(
                    of("candidate_id", IDENTIFIER),
                    integer("seq", 1, 5),
                    code("level", EDUCATION_LEVELS),
                    of("school", TEXT),
                    of("major", TEXT),
                    of("graduation_date", DATE),
                    of("certificate_no", IDENTIFIER),
                    optionalCode("degree", CLAIMED_DEGREES),
                    of("degree_certificate_no", OPTIONAL_IDENTIFIER),
                    of("name_on_certificate", TEXT)),
            List.of("candidate_id", "seq"),
            Reference.CANDIDATE,
            "candidate_id",
            false,
            RowCheck.NONE,
            List.of("""
                INSERT INTO education (candidate_id, seq, level, school, major, graduation_date, certificate_no, degree,
                                       degree_certificate_no, name_on_certificate)
                SELECT candidate_id, seq::int, level, school, major, graduation_date::date, certificate_no, degree,
                       degree_certificate_no, name_on_certificate
                  FROM stage_education
                ON CONFLICT (candidate_id, seq) DO UPDATE
                   SET level = EXCLUDED.level, school = EXCLUDED.school, major = EXCLUDED.major,
                       graduation_date = EXCLUDED.graduation_date, certificate_no = EXCLUDED.certificate_no,
                       degree = EXCLUDED.degree, degree_certificate_no = EXCLUDED.degree_certificate_no,
                       name_on_certificate = EXCLUDED.name_on_certificate
                 WHERE (education.level, education.school, education.major, education.graduation_date,
                        education.certificate_no, education.degree, education.degree_certificate_no,
                        education.name_on_certificate)
                       IS DISTINCT FROM (EXCLUDED.level, EXCLUDED.school, EXCLUDED.major, EXCLUDED.graduation_date,
                        EXCLUDED.certificate_no, EXCLUDED.degree, EXCLUDED.degree_certificate_no,
                        EXCLUDED.name_on_certificate)
                """));

    private static final List<Column> WORK_EXPERIENCE_COLUMNS = List.of(
            of("candidate_id", IDENTIFIER),
            integer("seq", 1, 999_999),
            of("employer_name", TEXT),
            of("employer_credit_code", CREDIT_CODE),
            of("start_date", DATE),
            of("end_date", OPTIONAL_DATE),
            of("social_work", BOOL));

    /** work_experience: jobs keyed by (candidate_id, seq); an end date, when given, is not before the start. */
    static final DatasetSpec WORK_EXPERIENCE = new DatasetSpec(
            "work_experience",
            WORK_EXPERIENCE_COLUMNS,
            List.of("candidate_id", "seq"),
            Reference.CANDIDATE,
            "candidate_id",
            false,
            RowCheck.endNotBeforeStart(WORK_EXPERIENCE_COLUMNS, "start_date", "end_date"),
            List.of("""
                INSERT INTO work_experience (candidate_id, seq, employer_name, employer_credit_code, start_date, end_date,
                                             social_work)
                SELECT candidate_id, seq::int, employer_name, employer_credit_code, start_date::date, end_date::date,
                       social_work::boolean
                  FROM stage_work_experience
                ON CONFLICT (candidate_id, seq) DO UPDATE
                   SET employer_name = EXCLUDED.employer_name, employer_credit_code = EXCLUDED.employer_credit_code,
                       start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,
                       social_work = EXCLUDED.social_work, updated_at = now()
                 WHERE (work_experience.employer_name, work_experience.employer_credit_code, work_experience.start_date,
                        work_experience.end_date, work_experience.social_work)
                       IS DISTINCT FROM (EXCLUDED.employer_name, EXCLUDED.employer_credit_code, EXCLUDED.start_date,
                        EXCLUDED.end_date, EXCLUDED.social_work)
                """));

    /**
     * applications: back-filled applications, loaded awaiting online verification with the import's run
     * date, each new or changed one with an {@code application_events} row. A row the same import already
     * loaded with identical data is left as it is, so a re-import changes nothing.
     */
    static final DatasetSpec APPLICATIONS = new DatasetSpec(
            "applications",
            List.of(
                    of("application_id", IDENTIFIER),
                    of("candidate_id", IDENTIFIER),
                    of("exam_code", IDENTIFIER),
                    integer("exam_year", 1900, 2999),
                    code("level", EXAM_LEVELS),
                    of("province_code", PROVINCE),
                    code("commitment", COMMITMENTS),
                    of("committed_at", OPTIONAL_TIMESTAMP),
                    of("withdrawn_at", OPTIONAL_TIMESTAMP),
                    of("submitted_at", TIMESTAMP),
                    of("paid_at", OPTIONAL_TIMESTAMP)),
            List.of("application_id"),
            Reference.CANDIDATE,
            "candidate_id",
            false,
            RowCheck.NONE,
            List.of("""
                WITH loaded AS (
                    INSERT INTO applications (application_id, candidate_id, exam_code, exam_year, level, province_code,
                                              commitment, committed_at, withdrawn_at, submitted_at, paid_at, status,
                                              source, import_run_date)
                    SELECT application_id, candidate_id, exam_code, exam_year::int, level, province_code, commitment,
                           committed_at::timestamptz, withdrawn_at::timestamptz, submitted_at::timestamptz,
                           paid_at::timestamptz, 'AWAITING_ONLINE_VERIFICATION', 'BUNDLE', CAST(:runDate AS date)
                      FROM stage_applications
                    ON CONFLICT (application_id) DO UPDATE
                       SET candidate_id = EXCLUDED.candidate_id, exam_code = EXCLUDED.exam_code,
                           exam_year = EXCLUDED.exam_year, level = EXCLUDED.level,
                           province_code = EXCLUDED.province_code, commitment = EXCLUDED.commitment,
                           committed_at = EXCLUDED.committed_at, withdrawn_at = EXCLUDED.withdrawn_at,
                           submitted_at = EXCLUDED.submitted_at, paid_at = EXCLUDED.paid_at,
                           status = 'AWAITING_ONLINE_VERIFICATION', source = 'BUNDLE',
                           import_run_date = EXCLUDED.import_run_date, updated_at = now()
                     WHERE (applications.candidate_id, applications.exam_code, applications.exam_year, applications.level,
                            applications.province_code, applications.commitment, applications.committed_at,
                            applications.withdrawn_at, applications.submitted_at, applications.paid_at,
                            applications.source, applications.import_run_date)
                           IS DISTINCT FROM (EXCLUDED.candidate_id, EXCLUDED.exam_code, EXCLUDED.exam_year, EXCLUDED.level,
                            EXCLUDED.province_code, EXCLUDED.commitment, EXCLUDED.committed_at, EXCLUDED.withdrawn_at,
                            EXCLUDED.submitted_at, EXCLUDED.paid_at, 'BUNDLE', EXCLUDED.import_run_date)
                    RETURNING application_id)
                INSERT INTO application_events (application_id, status, reason, actor)
                SELECT application_id, 'AWAITING_ONLINE_VERIFICATION', 'imported from bundle', 'bundle-import'
                  FROM loaded
                """));

    /**
     * public_reports: reports from the public naming an application (key supervision). The contract gives
     * reports no key; the table's own uniqueness makes a repeat load once.
     */
    static final DatasetSpec PUBLIC_REPORTS = new DatasetSpec(
            "public_reports",
            List.of(
                    of("application_id", IDENTIFIER),
                    of("reported_at", TIMESTAMP),
                    of("channel", TEXT),
                    of("summary", TEXT)),
            List.of(),
            Reference.APPLICATION,
            "application_id",
            false,
            RowCheck.NONE,
            List.of("""
                INSERT INTO public_reports (application_id, reported_at, channel, summary)
                SELECT DISTINCT ON (application_id, reported_at::timestamptz, channel)
                       application_id, reported_at::timestamptz, channel, summary
                  FROM stage_public_reports
                ON CONFLICT (application_id, reported_at, channel) DO UPDATE
                   SET summary = EXCLUDED.summary
                 WHERE public_reports.summary IS DISTINCT FROM EXCLUDED.summary
                """));

    /** identity_registry: the identity authority's snapshot, keyed by id_number. */
    static final DatasetSpec IDENTITY_REGISTRY = new DatasetSpec(
            "identity_registry",
            List.of(of("id_number", ID_NUMBER), of("name", TEXT)),
            List.of("id_number"),
            Reference.NONE,
            null,
            true,
            RowCheck.NONE,
            List.of("TRUNCATE identity_registry", """
                INSERT INTO identity_registry (id_number, name, snapshot_date)
                SELECT id_number, name, CAST(:runDate AS date) FROM stage_identity_registry
                """));

    /** education_registry: the national education-credential registry's snapshot, keyed by certificate_no. */
    static final DatasetSpec EDUCATION_REGISTRY = new DatasetSpec(
            "education_registry",
            List.of(
                    of("certificate_no", IDENTIFIER),
                    of("id_number", ID_NUMBER),
                    of("name", TEXT),
                    of("school", TEXT),
                    of("major", TEXT),
                    code("level", EDUCATION_LEVELS),
                    of("graduation_date", DATE)),
            List.of("certificate_no"),
            Reference.NONE,
            null,
            true,
            RowCheck.NONE,
            List.of("TRUNCATE education_registry", """
                INSERT INTO education_registry (certificate_no, id_number, name, school, major, level, graduation_date,
                                                snapshot_date)
                SELECT certificate_no, id_number, name, school, major, level, graduation_date::date, CAST(:runDate AS date)
                  FROM stage_education_registry
                """));

    /** degree_registry: the degree registry's snapshot, keyed by certificate_no. */
    static final DatasetSpec DEGREE_REGISTRY = new DatasetSpec(
            "degree_registry",
            List.of(
                    of("certificate_no", IDENTIFIER),
                    of("id_number", ID_NUMBER),
                    of("name", TEXT),
                    code("degree", REGISTRY_DEGREES),
                    of("school", TEXT),
                    of("major", TEXT),
                    of("awarded_date", DATE)),
            List.of("certificate_no"),
            Reference.NONE,
            null,
            true,
            RowCheck.NONE,
            List.of("TRUNCATE degree_registry", """
                INSERT INTO degree_registry (certificate_no, id_number, name, degree, school, major, awarded_date,
                                             snapshot_date)
                SELECT certificate_no, id_number, name, degree, school, major, awarded_date::date, CAST(:runDate AS date)
                  FROM stage_degree_registry
                """));

    /** integrity_archive: misconduct already on record; recorded_until null = recorded without end. No key. */
    static final DatasetSpec INTEGRITY_ARCHIVE = new DatasetSpec(
            "integrity_archive",
            List.of(
                    of("id_number", ID_NUMBER),
                    of("exam_code", IDENTIFIER),
                    code("violation", VIOLATIONS),
                    of("decided_on", DATE),
                    of("recorded_until", OPTIONAL_DATE)),
            List.of(),
            Reference.NONE,
            null,
            true,
            RowCheck.NONE,
            List.of("TRUNCATE integrity_archive", """
                INSERT INTO integrity_archive (id_number, exam_code, violation, decided_on, recorded_until, snapshot_date)
                SELECT id_number, exam_code, violation, decided_on::date, recorded_until::date, CAST(:runDate AS date)
                  FROM stage_integrity_archive
                """));

    /** The table: every dataset read by {@link DatasetLoader}, in load order. */
    static final List<DatasetSpec> ALL = List.of(
            CANDIDATES,
            EDUCATION,
            WORK_EXPERIENCE,
            APPLICATIONS,
            PUBLIC_REPORTS,
            IDENTITY_REGISTRY,
            EDUCATION_REGISTRY,
            DEGREE_REGISTRY,
            INTEGRITY_ARCHIVE);

    /** The same table by dataset name. */
    static final java.util.Map<String, DatasetSpec> BY_NAME =
            ALL.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(DatasetSpec::name, spec -> spec));

    private DatasetSpecs() {}
}
