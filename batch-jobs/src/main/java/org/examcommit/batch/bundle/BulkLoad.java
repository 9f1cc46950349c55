package org.examcommit.batch.bundle;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Filling an empty table with many rows as pg_restore does: the table's non-unique indexes and its
 * foreign keys are dropped first and made again after the rows are in, in the load's transaction.
 * Built whole (one sort) and checked whole (one join), they cost a fraction of keeping them row by
 * row. Primary keys and unique indexes stay, so a repeated key still fails the load; the schema after
 * is the one before, names included. Dropping takes the table's exclusive lock until the load commits,
 * which a table being filled for the first time, or a snapshot being replaced, may hold.
 */
final class BulkLoad {

    // statement texts: the definitions PostgreSQL itself gives, so nothing here repeats a migration
    private static final String SECONDARY_INDEXES = """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
              FROM pg_index i
             WHERE i.indrelid = CAST(:table AS regclass) AND NOT i.indisunique AND NOT i.indisprimary
             ORDER BY 1
            """;
    private static final String FOREIGN_KEYS = """
            SELECT quote_ident(conname), pg_get_constraintdef(oid)
              FROM pg_constraint
             WHERE conrelid = CAST(:table AS regclass) AND contype = 'f'
             ORDER BY 1
            """;

    /** What makes the dropped indexes and keys again. */
    interface Restore {
        Restore NOTHING = () -> {};

        void restore();
    }

    private BulkLoad() {}

    /** True when the table has no row (seen by this transaction). */
    static boolean isEmpty(JdbcClient jdbc, String table) {
        return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM " + table + ")")
                .query(Boolean.class)
                .single();
    }

    /** Drops the table's non-unique indexes and foreign keys; the returned restore makes them again. */
    static Restore suspendIndexes(JdbcClient jdbc, String table) {
        List<String> again = new ArrayList<>();
        jdbc.sql(SECONDARY_INDEXES)
                .param("table", table)
                .query((rs, i) -> {
                    again.add(rs.getString(2));
                    return rs.getString(1);
                })
                .list()
                .forEach(index -> jdbc.sql("DROP INDEX " + index).update());
        jdbc.sql(FOREIGN_KEYS)
                .param("table", table)
                .query((rs, i) -> {
                    again.add("ALTER TABLE " + table + " ADD CONSTRAINT " + rs.getString(1) + " " + rs.getString(2));
                    return rs.getString(1);
                })
                .list()
                .forEach(key -> jdbc.sql("ALTER TABLE " + table + " DROP CONSTRAINT " + key)
                        .update());
        return () -> again.forEach(ddl -> jdbc.sql(ddl).update());
    }
}
