package org.examcommit.batch.bundle;

import java.util.List;
import java.util.Set;

/** degree_registry: the degree registry's snapshot, keyed by certificate_no. */
final class DegreeRegistryRows implements DatasetRules {

    static final Set<String> DEGREES = Set.of("BACHELOR", "MASTER", "DOCTOR");

    @Override
    public String name() {
        return "degree_registry";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("certificate_no", "id_number", "name", "degree", "school", "major", "awarded_date");
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
            f.code("degree", DEGREES),
            f.text("school"),
            f.text("major"),
            DatasetRules.text(f.date("awarded_date"))
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
        return List.of("TRUNCATE degree_registry", """
                INSERT INTO degree_registry (certificate_no, id_number, name, degree, school, major, awarded_date,
                                             snapshot_date)
                SELECT certificate_no, id_number, name, degree, school, major, awarded_date::date, CAST(:runDate AS date)
                  FROM stage_degree_registry
                """);
    }
}
