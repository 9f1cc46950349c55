package org.examcommit.registration.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The one real PostgreSQL of a test JVM: a Testcontainers PostgreSQL when a Docker engine is
 * reachable, otherwise an embedded PostgreSQL in a fresh temporary directory. Started once, shared
 * by every test class of the module, stopped when the JVM exits.
 */
public final class TestDatabase {

    private static volatile Connection connection;

    private TestDatabase() {}

    /** Points a Spring test context at the shared database. */
    public static void register(DynamicPropertyRegistry registry) {
        Connection c = get();
        registry.add("spring.datasource.url", c::jdbcUrl);
        registry.add("spring.datasource.username", c::username);
        registry.add("spring.datasource.password", c::password);
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
        }
        return connection;
    }

    private static Connection start() {
        if (dockerAvailable()) {
            PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "testcontainers");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }));
            return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** How to reach the test database. */
    public record Connection(String jdbcUrl, String username, String password, String kind) {}
}
