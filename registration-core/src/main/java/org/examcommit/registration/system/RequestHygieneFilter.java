package org.examcommit.registration.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses a query parameter with a control character, broken percent-encoding or more than {@link
 * BoundedTextDeserializer#DEFAULT_MAX} characters before anything reads it (PostgreSQL cannot compare text with
 * U+0000 and answered 500), naming the parameter.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestHygieneFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    RequestHygieneFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail refusal = queryRefusal(request.getQueryString());
        if (refusal != null) {
            write(response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The refusal of a query string, or null when every parameter is acceptable. */
    static ProblemDetail queryRefusal(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return ProblemDetailsAdvice.problem(
                        HttpStatus.BAD_REQUEST,
                        "query",
                        "query.encoding",
                        "The query string is not percent-encoded UTF-8");
            }
            String field = BoundedTextDeserializer.hasControlCharacter(name) ? "query" : name;
            if (BoundedTextDeserializer.hasControlCharacter(name)
                    || BoundedTextDeserializer.hasControlCharacter(value)) {
                return ProblemDetailsAdvice.problem(
                        HttpStatus.BAD_REQUEST,
                        field,
                        "query.control-characters",
                        "A query parameter must not contain control characters");
            }
            if (value.length() > BoundedTextDeserializer.DEFAULT_MAX) {
                return ProblemDetailsAdvice.problem(
                        HttpStatus.BAD_REQUEST,
                        field,
                        "query.too-long",
                        "A query parameter must be at most " + BoundedTextDeserializer.DEFAULT_MAX + " characters");
            }
        }
        return null;
    }

    private void write(HttpServletResponse response, ProblemDetail p) throws IOException {
        response.setStatus(p.getStatus());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(p));
    }
}
