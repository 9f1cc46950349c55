package org.examcommit.batch.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.examcommit.batch.bundle.TestBundles.bundle;

import java.time.LocalDate;
import java.util.List;
import org.examcommit.batch.bundle.ImportReport.DatasetReport;
import org.examcommit.registration.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The bulk load of an empty table: non-unique indexes dropped for the load and made again, exactly. */
@SpringBootTest
class BulkLoadTest {

    /** Every dataset's table (each has the dataset's name) but social_insurance's, which has spans instead. */
    private static final List<String> TABLES = BundleImportJobConfiguration.DATASETS.stream()
            .filter(d -> !d.equals(SocialInsuranceLoader.DATASET))
            .toList();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @Autowired
    BundleImport bundleImport;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void suspendingDropsOnlyTheNonUniqueIndexesAndRestoringMakesEveryIndexAgain() {
        transaction.executeWithoutResult(status -> {
            for (String table : TABLES) {
                List<String> before = schema(table);
                BulkLoad.Restore restore = BulkLoad.suspendIndexes(jdbc, table);
                List<String> during = schema(table);
                assertThat(during).as(table).isSubsetOf(before);
                // what went: the non-unique indexes, nothing else (foreign keys stay: see BulkLoad)
                assertThat(before.stream().filter(d -> !during.contains(d)))
                        .as(table)
                        .allMatch(d -> d.startsWith("CREATE INDEX"));
                assertThat(during).as(table).noneMatch(d -> d.startsWith("CREATE INDEX"));
                restore.restore();
                assertThat(schema(table)).as(table).containsExactlyInAnyOrderElementsOf(before);
            }
            status.setRollbackOnly();
        });
    }

    @Test
    void aFirstImportIntoEmptyTablesLoadsTheSameRowsAndLeavesTheSchemaAsTheMigrationsMadeIt() {
        List<String> before = TABLES.stream().flatMap(t -> schema(t).stream()).toList();
        jdbc.sql("TRUNCATE candidates CASCADE").update();

        ImportReport report = bundleImport.importBundle(bundle("rules"), LocalDate.of(2026, 6, 1));

        assertThat(report.datasets()).contains(new DatasetReport("candidates", 4, 6));
        assertThat(jdbc.sql("SELECT count(*) FROM education").query(Long.class).single())
                .isEqualTo(3);
        assertThat(TABLES.stream().flatMap(t -> schema(t).stream()).toList())
                .containsExactlyInAnyOrderElementsOf(before);
    }

    /** The table's indexes and constraints as PostgreSQL defines them (names included). */
    private List<String> schema(String table) {
        return jdbc.sql("""
                SELECT pg_get_indexdef(indexrelid) FROM pg_index WHERE indrelid = CAST(:table AS regclass)
                UNION ALL
                SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                 WHERE conrelid = CAST(:table AS regclass)
                """).param("table", table).query(String.class).list();
    }
}
