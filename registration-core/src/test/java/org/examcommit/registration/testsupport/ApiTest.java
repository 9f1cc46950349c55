package org.examcommit.registration.testsupport;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every Spring test of registration-core (the HTTP API tests, and the migrations and token tests that
 * need only its beans): the whole service on a random port against the shared real PostgreSQL. The context is
 * declared here alone (one {@code @SpringBootTest}, one {@code @DynamicPropertySource}), and subclasses add
 * no configuration of their own, so Spring's test context cache starts it once for the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    @LocalServerPort
    protected int port;

    protected HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }
}
