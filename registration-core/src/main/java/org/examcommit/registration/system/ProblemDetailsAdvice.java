package org.examcommit.registration.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.examcommit.contract.privacy.Redaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

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

    /** 429 with {@code Retry-After}, so a client knows when to try again. */
    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e, HttpServletRequest request) {
        ProblemDetail p = ruleViolation(e, request);
        p.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(p.getStatus())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
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
            case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
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
        JacksonException json = jsonCause(e);
        String field = json == null ? "" : path(json);
        if (field.isEmpty()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "body",
                    "malformed",
                    "The request body is not valid JSON of the expected shape (check types and date formats yyyy-MM-dd)");
        }
        if (json instanceof UnrecognizedPropertyException) {
            return problem(HttpStatus.BAD_REQUEST, field, "unknown-field", field + " is not a field of this request");
        }
        if (json instanceof TextRefusedException refused) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    field,
                    field + "." + refused.rule(),
                    field + " " + refused.getOriginalMessage());
        }
        return problem(
                HttpStatus.BAD_REQUEST,
                field,
                field + ".type",
                field + " has the wrong JSON type or format (strings in quotes, numbers and true/false without; "
                        + "dates as \"yyyy-MM-dd\")");
    }

    /** Spring's own refusals before a controller runs (415, 405, 406, 400 for a bad parameter, ...). */
    @ExceptionHandler(ErrorResponseException.class)
    ProblemDetail springRefusal(ErrorResponseException e) {
        return springProblem(e);
    }

    @ExceptionHandler({
        HttpMediaTypeNotSupportedException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class,
        ServletRequestBindingException.class
    })
    ProblemDetail springRefusal(Exception e) {
        return springProblem((ErrorResponse) e);
    }

    private static ProblemDetail springProblem(ErrorResponse e) {
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        String rule = switch (status) {
            case UNSUPPORTED_MEDIA_TYPE -> "media-type";
            case METHOD_NOT_ALLOWED -> "method";
            case NOT_ACCEPTABLE -> "accept";
            default -> "request";
        };
        String detail = e.getBody().getDetail();
        return problem(status, null, rule, detail == null ? status.getReasonPhrase() : detail);
    }

    /**
     * Anything else is a fault of the service: a problem detail, and the failure in the log only, with ids
     * and phones masked (a database error quotes the failing row: "Failing row contains (...)").
     */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error(
                "Unexpected failure: {} at {}",
                Redaction.forOperator(e),
                e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, null, "internal", "The service failed; the failure is logged");
    }

    private static JacksonException jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) {
                return j;
            }
        }
        return null;
    }

    /** The JSON path of a refused value, e.g. {@code commitment.textVersion}; "" when it has none. */
    static String path(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                s.append(s.isEmpty() ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
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
