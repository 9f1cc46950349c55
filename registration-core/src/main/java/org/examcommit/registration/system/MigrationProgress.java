package org.examcommit.registration.system;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway's own lines are off outside {@code serve}; when migrations are pending (a first start, or a
 * version with new ones) one line says so before and one after, so an operator, and the crash-point
 * test, can tell a start killed during the migrations from one killed before or after them.
 */
@Configuration(proxyBeanMethods = false)
class MigrationProgress {

    private static final Logger log = LoggerFactory.getLogger(MigrationProgress.class);

    @Bean
    FlywayMigrationStrategy loggedMigration() {
        return MigrationProgress::migrate;
    }

    static void migrate(Flyway flyway) {
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length == 0) {
            flyway.migrate();
            return;
        }
        log.info("Migrations: applying {} to the schema", pending.length);
        long t0 = System.nanoTime();
        MigrateResult result = flyway.migrate();
        log.info(
                "Migrations: {} applied in {} ms, schema at version {}",
                result.migrationsExecuted,
                (System.nanoTime() - t0) / 1_000_000,
                result.targetSchemaVersion);
    }
}
