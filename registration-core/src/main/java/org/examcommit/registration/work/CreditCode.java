package org.examcommit.registration.work;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (GB 32100): 18 characters from the digits and the upper-case letters
 * without I, O, Z, S and V. The check character is not verified here: the contract asks only for the
 * 18-character shape, and the nightly verification compares codes with the social-insurance snapshot.
 */
public final class CreditCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private CreditCode() {}

    /** Trimmed and upper-cased (ASCII only); null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /** Why a normalised value is not a credit code, or empty; never repeats the value. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("employerCreditCode is required");
        }
        if (value.length() != 18) {
            return Optional.of("employerCreditCode must be 18 characters, got " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("employerCreditCode may hold only digits and the letters A-Z without I, O, Z, S, V"
                        + " (character " + (i + 1) + " is not one of them)");
            }
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }
}
