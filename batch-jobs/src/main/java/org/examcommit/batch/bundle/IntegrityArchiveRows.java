package org.examcommit.batch.bundle;

import java.util.List;
import java.util.Set;

/** integrity_archive: misconduct already on record; recorded_until null = recorded without end. */
final class IntegrityArchiveRows implements DatasetRules {

    static final Set<String> VIOLATIONS = Set.of("FALSE_COMMITMENT", "SERIOUS", "VERY_SERIOUS");

    @Override
    public String name() {
        return "integrity_archive";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id_number", "exam_code", "violation", "decided_on");
    }

    @Override
    public List<String> stageColumns() {
        return List.of("id_number", "exam_code", "violation", "decided_on", "recorded_until");
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {
            f.idNumber("id_number"),
            f.identifier("exam_code"),
            f.code("violation", VIOLATIONS),
            DatasetRules.text(f.date("decided_on")),
            DatasetRules.text(f.optionalDate("recorded_until"))
        };
        return f.ok() ? v : null;
    }

    @Override
    public List<String> keyColumns() {
        return List.of();
    }

    @Override
    public boolean snapshot() {
        return true;
    }

    @Override
    public List<String> applySql() {
        return List.of("TRUNCATE integrity_archive", """
                INSERT INTO integrity_archive (id_number, exam_code, violation, decided_on, recorded_until, snapshot_date)
                SELECT id_number, exam_code, violation, decided_on::date, recorded_until::date, CAST(:runDate AS date)
                  FROM stage_integrity_archive
                """);
    }
}
