package org.examcommit.registration.system;

/**
 * A request refused by a rule of the domain. The rule says what kind of refusal it is; only {@code
 * ProblemDetailsAdvice} maps kinds to HTTP statuses, so rules stay free of the web. Answered as an RFC 9457
 * problem detail that names the field and the rule; the detail must never carry an unmasked id_number or phone.
 *
 * @param kind what kind of refusal this is
 * @param field the request field the rule is about, or null when it is about the whole request
 * @param rule a stable code of the rule, e.g. {@code education.max-rows}
 */
public class RuleViolationException extends RuntimeException {

    /** Kinds of refusal. */
    public enum Kind {
        /** The input is missing or malformed. */
        BAD_INPUT,
        /** The caller is not who they claim (a failed login). */
        UNAUTHENTICATED,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The thing named does not exist (or is not the caller's). */
        NOT_FOUND,
        /** The current state does not allow it (already done, taken, decided). */
        CONFLICT,
        /** The upload is larger than allowed. */
        TOO_LARGE,
        /** Well-formed, but a rule of the domain refuses it. */
        REFUSED,
        /** Too many attempts: try again later. */
        THROTTLED
    }

    private final Kind kind;
    private final String field;
    private final String rule;

    public RuleViolationException(Kind kind, String field, String rule, String detail) {
        super(detail);
        this.kind = kind;
        this.field = field;
        this.rule = rule;
    }

    public static RuleViolationException badInput(String field, String rule, String detail) {
        return new RuleViolationException(Kind.BAD_INPUT, field, rule, detail);
    }

    public static RuleViolationException conflict(String field, String rule, String detail) {
        return new RuleViolationException(Kind.CONFLICT, field, rule, detail);
    }

    public static RuleViolationException refused(String field, String rule, String detail) {
        return new RuleViolationException(Kind.REFUSED, field, rule, detail);
    }

    public static RuleViolationException forbidden(String rule, String detail) {
        return new RuleViolationException(Kind.FORBIDDEN, null, rule, detail);
    }

    public static RuleViolationException notFound(String field, String detail) {
        return new RuleViolationException(Kind.NOT_FOUND, field, "not-found", detail);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
