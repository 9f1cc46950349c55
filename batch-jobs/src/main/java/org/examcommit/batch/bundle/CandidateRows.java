package org.examcommit.batch.bundle;

import java.util.List;

/** candidates: back-filled accounts; a re-import updates only rows whose data changed. */
final class CandidateRows implements DatasetRules {

    @Override
    public String name() {
        return "candidates";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("candidate_id", "id_number", "name", "phone", "registered_at");
    }

    @Override
    public List<String> stageColumns() {
        return requiredColumns();
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {
            f.identifier("candidate_id"),
            f.idNumber("id_number"),
            f.text("name"),
            f.phone("phone"),
            DatasetRules.text(f.timestamp("registered_at"))
        };
        return f.ok() ? v : null;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("candidate_id");
    }

    @Override
    public boolean snapshot() {
        return false;
    }

    @Override
    public List<String> applySql() {
        return List.of("""
                INSERT INTO candidates (candidate_id, id_number, name, phone, registered_at, source)
                SELECT candidate_id, id_number, name, phone, registered_at::timestamptz, 'BUNDLE'
                  FROM stage_candidates
                ON CONFLICT (candidate_id) DO UPDATE
                   SET id_number = EXCLUDED.id_number, name = EXCLUDED.name, phone = EXCLUDED.phone,
                       registered_at = EXCLUDED.registered_at, source = 'BUNDLE', updated_at = now()
                 WHERE (candidates.id_number, candidates.name, candidates.phone, candidates.registered_at, candidates.source)
                       IS DISTINCT FROM (EXCLUDED.id_number, EXCLUDED.name, EXCLUDED.phone, EXCLUDED.registered_at, 'BUNDLE')
                """);
    }
}
