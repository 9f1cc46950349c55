package org.examcommit.registration.system;

import org.springframework.http.HttpStatus;

/**
 * A request refused by a rule of the domain. Answered as an RFC 9457 problem detail that names the
 * field and the rule; the detail must never carry an unmasked id_number or phone.
 *
 * @param status the HTTP status of the answer (400 bad input, 403 not allowed, 404, 409 conflict, 422 rule)
 * @param field the request field the rule is about, or null when it is about the whole request
 * @param rule a stable code of the rule, e.g. {@code education.max-rows}
 */
public class RuleViolationException extends RuntimeException {

    private final HttpStatus status;
    private final String field;
    private final String rule;

    public RuleViolationException(HttpStatus status, String field, String rule, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
        this.rule = rule;
    }

    public static RuleViolationException badInput(String field, String rule, String detail) {
        return new RuleViolationException(HttpStatus.BAD_REQUEST, field, rule, detail);
    }

    public static RuleViolationException conflict(String field, String rule, String detail) {
        return new RuleViolationException(HttpStatus.CONFLICT, field, rule, detail);
    }

    public static RuleViolationException refused(String field, String rule, String detail) {
        return new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, field, rule, detail);
    }

    public static RuleViolationException forbidden(String rule, String detail) {
        return new RuleViolationException(HttpStatus.FORBIDDEN, null, rule, detail);
    }

    public static RuleViolationException notFound(String field, String detail) {
        return new RuleViolationException(HttpStatus.NOT_FOUND, field, "not-found", detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
