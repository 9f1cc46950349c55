package org.examcommit.registration.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is.
 *
 * @param dataDir the directory of the embedded PostgreSQL's files when no URL is configured
 *     (env {@code DATA_DIR}, default {@code ./data})
 * @param url a PostgreSQL server instead of the embedded one (env {@code DATABASE_URL}), either
 *     {@code postgres://user:password@host:port/db} or a {@code jdbc:postgresql:} URL; empty for the
 *     embedded default. {@code spring.datasource.url} wins over both.
 * @param maxPoolSize connections in the pool (default 16)
 */
@ConfigurationProperties("examcommit.database")
public record DatabaseProperties(String dataDir, String url, Integer maxPoolSize) {

    public DatabaseProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data" : dataDir;
        url = url == null ? "" : url.trim();
        maxPoolSize = maxPoolSize == null ? 16 : maxPoolSize;
    }
}
