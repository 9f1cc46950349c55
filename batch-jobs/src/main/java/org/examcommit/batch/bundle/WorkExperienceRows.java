package org.examcommit.batch.bundle;

import java.time.LocalDate;
import java.util.List;

/** work_experience: jobs keyed by (candidate_id, seq); an end date, when given, is not before the start. */
final class WorkExperienceRows implements DatasetRules {

    @Override
    public String name() {
        return "work_experience";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("candidate_id", "seq", "employer_name", "employer_credit_code", "start_date", "social_work");
    }

    @Override
    public List<String> stageColumns() {
        return List.of(
                "candidate_id",
                "seq",
                "employer_name",
                "employer_credit_code",
                "start_date",
                "end_date",
                "social_work");
    }

    @Override
    public String[] clean(FieldReader f) {
        String candidate = f.identifier("candidate_id");
        Integer seq = f.integer("seq", 1, 999_999);
        String employer = f.text("employer_name");
        String credit = f.creditCode("employer_credit_code");
        LocalDate start = f.date("start_date");
        LocalDate end = f.optionalDate("end_date");
        Boolean socialWork = f.bool("social_work");
        if (f.ok() && end != null && end.isBefore(start)) {
            f.fail("end_date", "end_date is before start_date");
        }
        return f.ok()
                ? new String[] {
                    candidate,
                    seq.toString(),
                    employer,
                    credit,
                    start.toString(),
                    DatasetRules.text(end),
                    socialWork.toString()
                }
                : null;
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
                """);
    }
}
