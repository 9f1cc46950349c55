package org.examcommit.registration.candidate;

import java.nio.charset.StandardCharsets;
import org.examcommit.contract.ContractTime;
import org.examcommit.contract.privacy.Masking;
import org.examcommit.registration.system.RuleViolationException;

/**
 * What a candidate may enter for their account: an id_number by GB 11643, a name in any script, an
 * 11-digit mobile phone and a password. Every refusal names the field and the rule, never the value.
 */
public final class CandidateRules {

    /** Longest name, counted in Unicode code points (a rare character outside the BMP counts once). */
    public static final int NAME_MAX = 50;

    public static final int PASSWORD_MIN = 8;
    /** BCrypt reads only the first 72 bytes; a longer password would be silently cut, so it is refused. */
    public static final int PASSWORD_MAX_BYTES = 72;

    private CandidateRules() {}

    /** A new account's values, normalised. {@link #toString()} masks them. */
    public record Registration(IdNumber idNumber, String name, String phone, String password) {
        @Override
        public String toString() {
            return "Registration[" + idNumber.masked() + ", " + Masking.phone(phone) + "]";
        }
    }

    public static Registration registration(String idNumber, String name, String phone, String password) {
        // today in the contract's zone, as Fields judges dates (a Clock can replace this where one is injected)
        return registration(idNumber, name, phone, password, java.time.LocalDate.now(ContractTime.ZONE));
    }

    /** The registration as of {@code today}: a person born after today has no identity card yet. */
    public static Registration registration(
            String idNumber, String name, String phone, String password, java.time.LocalDate today) {
        IdNumber id = idNumber(idNumber);
        if (id.birthDate().isAfter(today)) {
            throw RuleViolationException.badInput(
                    "idNumber",
                    "idNumber.birth-in-future",
                    "The birth date in idNumber (characters 7-14) is in the future");
        }
        return new Registration(id, name(name), phone(phone), password(password));
    }

    /** A valid id_number; a lower-case check character x is upper-cased. */
    public static IdNumber idNumber(String raw) {
        String value = IdNumber.normalise(raw);
        if (value == null || value.isEmpty()) {
            throw RuleViolationException.badInput("idNumber", "idNumber.required", "idNumber is required");
        }
        IdNumber.problem(value).ifPresent(reason -> {
            throw RuleViolationException.badInput("idNumber", "idNumber.invalid", reason);
        });
        return new IdNumber(value);
    }

    /** The name as written, NFC-normalised and trimmed, at most {@value #NAME_MAX} characters. */
    public static String name(String raw) {
        return Fields.text("name", raw, NAME_MAX);
    }

    /** An 11-digit mainland mobile number starting with 1. */
    public static String phone(String raw) {
        String value = PhoneNumber.normalise(raw);
        if (value == null || value.isEmpty()) {
            throw RuleViolationException.badInput("phone", "phone.required", "phone is required");
        }
        PhoneNumber.problem(value).ifPresent(reason -> {
            throw RuleViolationException.badInput("phone", "phone.invalid", reason);
        });
        return value;
    }

    /** At least {@value #PASSWORD_MIN} characters and at most {@value #PASSWORD_MAX_BYTES} bytes in UTF-8. */
    public static String password(String raw) {
        return password("password", raw);
    }

    static String password(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw RuleViolationException.badInput(field, "password.required", field + " is required");
        }
        if (raw.codePointCount(0, raw.length()) < PASSWORD_MIN) {
            throw RuleViolationException.badInput(
                    field, "password.too-short", field + " must be at least " + PASSWORD_MIN + " characters");
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw RuleViolationException.badInput(
                    field, "password.too-long", field + " must be at most " + PASSWORD_MAX_BYTES + " bytes in UTF-8");
        }
        return raw;
    }
}
