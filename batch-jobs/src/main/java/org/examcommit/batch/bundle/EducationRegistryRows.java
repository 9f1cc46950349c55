package org.examcommit.batch.bundle;

import java.util.List;

/** education_registry: the national education-credential registry's snapshot, keyed by certificate_no. */
final class EducationRegistryRows implements DatasetRules {

    @Override
    public String name() {
        return "education_registry";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("certificate_no", "id_number", "name", "school", "major", "level", "graduation_date");
    }

    @Override
    public List<String> stageColumns() {
        return requiredColumns();
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {
            f.identifier("certificate_no"),
            f.idNumber("id_number"),
            f.text("name"),
            f.text("school"),
            f.text("major"),
            f.code("level", EducationRows.LEVELS),
            DatasetRules.text(f.date("graduation_date"))
        };
        return f.ok() ? v : null;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("certificate_no");
    }

    @Override
    public boolean snapshot() {
        return true;
    }

    @Override
    public List<String> applySql() {
        return List.of("TRUNCATE education_registry", """
                INSERT INTO education_registry (certificate_no, id_number, name, school, major, level, graduation_date,
                                                snapshot_date)
                SELECT certificate_no, id_number, name, school, major, level, graduation_date::date, CAST(:runDate AS date)
                  FROM stage_education_registry
                """);
    }
}
