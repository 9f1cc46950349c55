package org.examcommit.registration.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.examcommit.registration.testsupport.HttpApi.Auth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Like {@link LogMaskingApiTest}, with the web, security and JDBC loggers at DEBUG/TRACE as an operator
 * chasing a problem would set them: request bodies and SQL parameters still never reach the log. The levels
 * are raised on the running service (as the actuator's loggers endpoint would) and put back afterwards, so
 * the test shares the suite's one application context instead of starting its own.
 */
class LogMaskingDebugApiTest extends LogMaskingApiTest {

    private static final Map<String, LogLevel> LEVELS = Map.of(
            "org.springframework.web", LogLevel.DEBUG,
            "org.springframework.security", LogLevel.DEBUG,
            "org.springframework.jdbc", LogLevel.TRACE,
            "org.examcommit", LogLevel.DEBUG);

    @BeforeEach
    void raiseLogLevels() {
        LEVELS.forEach((logger, level) -> logging().setLogLevel(logger, level));
    }

    @AfterEach
    void restoreLogLevels() {
        LEVELS.keySet().forEach(logger -> logging().setLogLevel(logger, null));
    }

    @Test
    void theServiceReallyLogsAtTheseLevels(CapturedOutput output) {
        api.get("/api/candidates/me", Auth.NONE);

        assertThat(output.getAll()).contains("DEBUG").contains("o.s.security");
    }

    private static LoggingSystem logging() {
        return LoggingSystem.get(LogMaskingDebugApiTest.class.getClassLoader());
    }
}
