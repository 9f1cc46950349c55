package org.examcommit.registration.candidate;

import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link LogMaskingApiTest}, with the web, security and JDBC loggers at DEBUG/TRACE as an operator
 * chasing a problem would set them: request bodies and SQL parameters still never reach the log.
 */
@TestPropertySource(
        properties = {
            "logging.level.org.springframework.web=DEBUG",
            "logging.level.org.springframework.security=DEBUG",
            "logging.level.org.springframework.jdbc=TRACE",
            "logging.level.org.examcommit=DEBUG"
        })
class LogMaskingDebugApiTest extends LogMaskingApiTest {
    // the test is LogMaskingApiTest's, run again in a context with these log levels
}
