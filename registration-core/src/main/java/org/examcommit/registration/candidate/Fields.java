package org.examcommit.registration.candidate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.examcommit.registration.system.RuleViolationException;

/**
 * Checks of single request fields shared by the candidate, education and work rules. Each refusal
 * names the field and a rule and never repeats the value.
 */
public final class Fields {

    private Fields() {}

    /**
     * Free text as a person writes it (names, schools, employers): NFC-normalised and trimmed, so that
     * a composed and a decomposed spelling are stored alike; any script, rare characters outside the
     * BMP and middle dots are kept as given. Refuses empty values, control characters, unpaired
     * surrogates and more than {@code maxCodePoints} characters.
     */
    public static String text(String field, String raw, int maxCodePoints) {
        if (raw == null) {
            throw RuleViolationException.badInput(field, field + ".required", field + " is required");
        }
        String value = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        if (value.isEmpty()) {
            throw RuleViolationException.badInput(field, field + ".required", field + " must not be empty");
        }
        boolean bad = value.codePoints()
                .anyMatch(cp -> Character.isISOControl(cp)
                        || Character.getType(cp) == Character.SURROGATE
                        || Character.getType(cp) == Character.LINE_SEPARATOR
                        || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR);
        if (bad) {
            throw RuleViolationException.badInput(
                    field,
                    field + ".control-characters",
                    field + " must not contain control characters, line breaks or broken surrogate pairs");
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxCodePoints) {
            throw RuleViolationException.badInput(
                    field,
                    field + ".too-long",
                    field + " must be at most " + maxCodePoints + " characters, got " + length);
        }
        return value;
    }

    /** An ISO date {@code yyyy-MM-dd}; a missing value is refused. */
    public static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolationException.badInput(field, field + ".required", field + " is required (yyyy-MM-dd)");
        }
        return optionalDate(field, raw);
    }

    /** An ISO date {@code yyyy-MM-dd}, or null when the value is absent or blank. */
    public static LocalDate optionalDate(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw RuleViolationException.badInput(
                    field, field + ".format", field + " must be a real date as yyyy-MM-dd");
        }
    }

    /** A date that is not after today. */
    public static LocalDate notInFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw RuleViolationException.badInput(field, field + ".in-future", field + " must not be in the future");
        }
        return date;
    }

    /** One of an enum's constants by its exact name; the refusal lists the allowed codes. */
    public static <E extends Enum<E>> E code(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolationException.badInput(
                    field, field + ".required", field + " is required, one of " + codes(type));
        }
        return optionalCode(field, raw, type);
    }

    /** Like {@link #code} but null when absent. */
    public static <E extends Enum<E>> E optionalCode(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(raw.strip())) {
                return e;
            }
        }
        throw RuleViolationException.badInput(field, field + ".code", field + " must be one of " + codes(type));
    }

    private static <E extends Enum<E>> String codes(Class<E> type) {
        StringBuilder s = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            s.append(s.isEmpty() ? "" : ", ").append(e.name());
        }
        return s.toString();
    }
}
