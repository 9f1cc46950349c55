package org.examcommit.batch.bundle;

import java.util.List;
import java.util.Set;

/** education: at most five rows per candidate (seq 1..5), keyed by (candidate_id, seq). */
final class EducationRows implements DatasetRules {

    static final Set<String> LEVELS =
            Set.of("HIGH_SCHOOL", "SECONDARY_VOCATIONAL", "JUNIOR_COLLEGE", "BACHELOR", "MASTER", "DOCTOR");
    static final Set<String> DEGREES = Set.of("NONE", "BACHELOR", "MASTER", "DOCTOR");

    @Override
    public String name() {
        return "education";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(
                "candidate_id",
                "seq",
                "level",
                "school",
                "major",
                "graduation_date",
                "certificate_no",
                "name_on_certificate");
    }

    @Override
    public List<String> stageColumns() {
        return List.of(
                "candidate_id",
                "seq",
                "level",
                "school",
                "major",
                "graduation_date",
                "certificate_no",
                "degree",
                "degree_certificate_no",
                "name_on_certificate");
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {
            f.identifier("candidate_id"),
            DatasetRules.text(f.integer("seq", 1, 5)),
            f.code("level", LEVELS),
            f.text("school"),
            f.text("major"),
            DatasetRules.text(f.date("graduation_date")),
            f.identifier("certificate_no"),
            f.optionalCode("degree", DEGREES),
            f.optionalIdentifier("degree_certificate_no"),
            f.text("name_on_certificate")
        };
        return f.ok() ? v : null;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("candidate_id", "seq");
    }

    @Override
    public Reference reference() {
        return Reference.CANDIDATE;
    }

    @Override
    public String referenceColumn() {
        return "candidate_id";
    }

    @Override
    public boolean snapshot() {
        return false;
    }

    @Override
    public List<String> applySql() {
        return List.of("""
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
                """);
    }
}
