package org.examcommit.batch.bundle;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Filling an empty table with many rows as pg_restore does: the table's non-unique indexes are dropped
 * first and made again after the rows are in, in the load's transaction. Built whole (one sort each),
 * they cost a fraction of keeping them row by row. Primary keys, unique indexes and constraints stay, so
 * a repeated key or a missing reference still fails the load; the schema after is the one before, names
 * included. Foreign keys stay too: dropping one would lock the table it points to (candidates, which the
 * registration API uses) for the whole step, in an order an API transaction could cross. Dropping an
 * index locks only its own table until the load commits, which a table being filled for the first time,
 * or a snapshot being replaced (already locked by its TRUNCATE), may hold.
 */
final class BulkLoad {

    // the definitions PostgreSQL itself gives, so nothing here repeats a migration; an index that backs a
    // constraint (an exclusion constraint is not unique) stays with its constraint
    private static final String SECONDARY_INDEXES = """
            SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
              FROM pg_index i
             WHERE i.indrelid = CAST(:table AS regclass) AND NOT i.indisunique AND NOT i.indisprimary
               AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
             ORDER BY 1
            """;

    /** What makes the dropped indexes again. */
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

    /** Drops the table's non-unique indexes; the returned restore makes them again. */
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
        return () -> again.forEach(ddl -> jdbc.sql(ddl).update());
    }
}
