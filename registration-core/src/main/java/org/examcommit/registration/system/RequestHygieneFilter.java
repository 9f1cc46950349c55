package org.examcommit.registration.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.ObjectMapper;

/**
 * Refuses, before anything reads the request: a state change under {@code /api/} whose body is not JSON (415; the
 * photo upload is judged from its bytes), so no HTML form or {@code text/plain} post of another site can
 * change anything; and a query parameter with a control character, broken percent-encoding or more than {@link
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
        ProblemDetail refusal = bodyRefusal(request);
        if (refusal == null) {
            refusal = queryRefusal(request.getQueryString());
        }
        if (refusal != null) {
            write(response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final java.util.Set<String> STATE_CHANGES = java.util.Set.of("POST", "PUT", "PATCH", "DELETE");
    /**
     * Photo uploads are judged from their bytes, whatever their declared type (a JPEG sent as octet-stream is a
     * JPEG); on a path that names another candidate they still answer 404.
     */
    private static final String PHOTO = "/photo";

    /** The refusal of a state change whose body is not JSON, or null. */
    static ProblemDetail bodyRefusal(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (!STATE_CHANGES.contains(request.getMethod()) || path == null || !path.startsWith("/api/")) {
            return null;
        }
        String type = request.getContentType();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (type == null) {
            return hasBody ? notJson() : null;
        }
        String media = type.toLowerCase(java.util.Locale.ROOT).split(";", 2)[0].strip();
        boolean json = media.equals("application/json") || media.endsWith("+json");
        boolean photo = path.endsWith(PHOTO);
        return json || photo ? null : notJson();
    }

    private static ProblemDetail notJson() {
        return ProblemDetailsAdvice.problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type",
                "media-type",
                "A request that changes something takes a JSON body (Content-Type: application/json)");
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
                name = decode(eq < 0 ? pair : pair.substring(0, eq));
                value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            } catch (IllegalArgumentException | CharacterCodingException e) {
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

    /**
     * Percent-decodes as strict UTF-8: a malformed sequence ({@code %C3%28}, an overlong {@code %E0%80%80}) is
     * refused here, where Tomcat would throw while a controller reads its parameters (a 500).
     */
    static String decode(String raw) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("a % without two hex digits");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("a % without two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
    }

    private void write(HttpServletResponse response, ProblemDetail p) throws IOException {
        response.setStatus(p.getStatus());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(p));
    }
}
