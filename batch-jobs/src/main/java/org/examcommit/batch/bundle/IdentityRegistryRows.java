package org.examcommit.batch.bundle;

import java.util.List;

/** identity_registry: the identity authority's snapshot, keyed by id_number. */
final class IdentityRegistryRows implements DatasetRules {

    @Override
    public String name() {
        return "identity_registry";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id_number", "name");
    }

    @Override
    public List<String> stageColumns() {
        return requiredColumns();
    }

    @Override
    public String[] clean(FieldReader f) {
        String[] v = {f.idNumber("id_number"), f.text("name")};
        return f.ok() ? v : null;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("id_number");
    }

    @Override
    public boolean snapshot() {
        return true;
    }

    @Override
    public List<String> applySql() {
        return List.of("TRUNCATE identity_registry", """
                INSERT INTO identity_registry (id_number, name, snapshot_date)
                SELECT id_number, name, CAST(:runDate AS date) FROM stage_identity_registry
                """);
    }
}
