package org.examcommit.registration.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.examcommit.registration.system.RuleViolationException.Kind;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;

class ProblemDetailsAdviceTest {

    @Test
    void mapsEveryKindOfRefusalToItsStatus() {
        assertThat(ProblemDetailsAdvice.status(Kind.BAD_INPUT).value()).isEqualTo(400);
        assertThat(ProblemDetailsAdvice.status(Kind.UNAUTHENTICATED).value()).isEqualTo(401);
        assertThat(ProblemDetailsAdvice.status(Kind.FORBIDDEN).value()).isEqualTo(403);
        assertThat(ProblemDetailsAdvice.status(Kind.NOT_FOUND).value()).isEqualTo(404);
        assertThat(ProblemDetailsAdvice.status(Kind.CONFLICT).value()).isEqualTo(409);
        assertThat(ProblemDetailsAdvice.status(Kind.TOO_LARGE).value()).isEqualTo(413);
        assertThat(ProblemDetailsAdvice.status(Kind.REFUSED).value()).isEqualTo(422);
        assertThat(ProblemDetailsAdvice.status(Kind.THROTTLED).value()).isEqualTo(429);
    }

    @Test
    void answersARuleViolationWithItsFieldAndRule() {
        ProblemDetail p = new ProblemDetailsAdvice()
                .ruleViolation(
                        RuleViolationException.refused("level", "education.max-rows", "At most 5 rows"),
                        new MockHttpServletRequest("POST", "/api/candidates/me/education"));
        assertThat(p.getStatus()).isEqualTo(422);
        assertThat(p.getProperties()).containsEntry("field", "level").containsEntry("rule", "education.max-rows");
        assertThat(p.getDetail()).isEqualTo("At most 5 rows");
    }
}
