package org.examcommit.registration.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error in one shape: RFC 9457 problem details with {@code field} and {@code rule} members.
 * Messages are built from rules and field names, never from the rejected values.
 */
@RestControllerAdvice
class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e, HttpServletRequest request) {
        // the rule and the field only: a refusal's message may quote what was sent
        log.info("Refused {} {}: {} on {}", request.getMethod(), request.getRequestURI(), e.rule(), e.field());
        return problem(status(e.kind()), e.field(), e.rule(), e.getMessage());
    }

    /** The one place where a kind of refusal becomes an HTTP status. */
    static HttpStatus status(RuleViolationException.Kind kind) {
        return switch (kind) {
            case BAD_INPUT -> HttpStatus.BAD_REQUEST;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case REFUSED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of(
                        "field",
                        f.getField(),
                        "rule",
                        String.valueOf(f.getCode()).toLowerCase(),
                        "detail",
                        f.getField() + " " + f.getDefaultMessage()))
                .toList();
        Map<String, String> first = errors.isEmpty()
                ? Map.of("field", "body", "rule", "invalid", "detail", "invalid request")
                : errors.get(0);
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, first.get("field"), first.get("rule"), first.get("detail"));
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "body",
                "malformed",
                "The request body is not valid JSON of the expected shape (check types and date formats yyyy-MM-dd)");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getParameterName(), "required", e.getParameterName() + " is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getName(), "type", e.getName() + " has the wrong type or format");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "file", "upload.size", "The upload is larger than allowed");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, null, "access.denied", "You may not do this");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, null, "not-found", "No such resource");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        // A race between two requests past the service's own checks; the constraint names the rule.
        log.info("Refused a duplicate row: {}", constraintOf(e));
        return problem(HttpStatus.CONFLICT, null, "duplicate", "This already exists");
    }

    static ProblemDetail problem(HttpStatus status, String field, String rule, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:examcommit:rule:" + rule));
        p.setTitle(status.getReasonPhrase());
        if (field != null) {
            p.setProperty("field", field);
        }
        p.setProperty("rule", rule);
        return p;
    }

    private static String constraintOf(DuplicateKeyException e) {
        String m = String.valueOf(e.getMostSpecificCause().getMessage());
        int i = m.indexOf('"');
        int j = i < 0 ? -1 : m.indexOf('"', i + 1);
        return j > i ? m.substring(i + 1, j) : "unknown constraint";
    }
}
