package org.examcommit.registration.system;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one PostgreSQL of the platform: {@code spring.datasource.url} when set, else
 * {@code DATABASE_URL}, else the embedded PostgreSQL under {@code DATA_DIR}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    /** Started only when no URL is configured; its close stops the server this process owns. */
    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(Environment env, DatabaseProperties properties) {
        if (configuredUrl(env, properties) != null) {
            return EmbeddedDatabase.NONE;
        }
        return new EmbeddedDatabase(EmbeddedPostgresServer.startOrAttach(Path.of(properties.dataDir())));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment env, DatabaseProperties properties, EmbeddedDatabase embedded) {
        DatabaseUrl url = configuredUrl(env, properties);
        if (url == null) {
            url = new DatabaseUrl(
                    embedded.server().jdbcUrl(),
                    embedded.server().username(),
                    embedded.server().password());
        }
        log.info("Database: {}", url);
        HikariConfig config = new HikariConfig();
        config.setPoolName("examcommit");
        config.setJdbcUrl(url.jdbcUrl());
        if (url.username() != null) {
            config.setUsername(url.username());
        }
        if (url.password() != null) {
            config.setPassword(url.password());
        }
        config.setMaximumPoolSize(properties.maxPoolSize());
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.addDataSourceProperty("ApplicationName", EmbeddedPostgresServer.applicationName());
        return new HikariDataSource(config);
    }

    private static DatabaseUrl configuredUrl(Environment env, DatabaseProperties properties) {
        String springUrl = env.getProperty("spring.datasource.url");
        if (springUrl != null && !springUrl.isBlank()) {
            return new DatabaseUrl(
                    springUrl,
                    env.getProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"));
        }
        return properties.url().isEmpty() ? null : DatabaseUrl.parse(properties.url());
    }

    /** Holder so that the embedded server can be absent while still being a bean the pool depends on. */
    record EmbeddedDatabase(EmbeddedPostgresServer server) implements AutoCloseable {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null);

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
