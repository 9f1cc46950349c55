package org.examcommit.batch.bundle;

import java.util.List;
import java.util.Set;

/**
 * applications: back-filled applications, loaded awaiting online verification with the import's run
 * date, each new or changed one with an {@code application_events} row. A row the same import already
 * loaded with identical data is left as it is, so a re-import changes nothing.
 */
final class ApplicationRows implements DatasetRules {

    static final Set<String> LEVELS = Set.of("ASSISTANT", "INTERMEDIATE", "SENIOR");
    static final Set<String> COMMITMENTS = Set.of("COMMITTED", "NOT_CHOSEN", "WITHDRAWN", "NOT_APPLICABLE");

    @Override
    public String name() {
        return "applications";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(
                "application_id",
                "candidate_id",
                "exam_code",
                "exam_year",
                "level",
                "province_code",
                "commitment",
                "submitted_at");
    }

    @Override
    public List<String> stageColumns() {
        return List.of(
                "application_id",
                "candidate_id",
                "exam_code",
                "exam_year",
                "level",
                "province_code",
                "commitment",
                "committed_at",
                "withdrawn_at",
                "submitted_at",
                "paid_at");
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {
            f.identifier("application_id"),
            f.identifier("candidate_id"),
            f.identifier("exam_code"),
            DatasetRules.text(f.integer("exam_year", 1900, 2999)),
            f.code("level", LEVELS),
            f.province("province_code"),
            f.code("commitment", COMMITMENTS),
            DatasetRules.text(f.optionalTimestamp("committed_at")),
            DatasetRules.text(f.optionalTimestamp("withdrawn_at")),
            DatasetRules.text(f.timestamp("submitted_at")),
            DatasetRules.text(f.optionalTimestamp("paid_at"))
        };
        return f.ok() ? v : null;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("application_id");
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
                """);
    }
}
