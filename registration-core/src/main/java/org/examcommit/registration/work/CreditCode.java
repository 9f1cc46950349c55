package org.examcommit.registration.work;

import java.util.Locale;
import java.util.Optional;

/**
 * A unified social credit code (GB 32100): 18 characters from the digits and the upper-case letters
 * without I, O, Z, S and V. {@link #problem} checks only that shape, as the contract asks of a bundle (the legacy
 * system's rows load as they are); a candidate entering a code through the API also gets the check character
 * verified ({@link #checkCharacterProblem}, GB 32100 section 4: weights 3^i mod 31, the check 31 - sum mod 31).
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

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** The check character of the first 17 characters (all from {@link #ALPHABET}). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** Why a code of the right shape has the wrong check character (18th), or empty. */
    public static Optional<String> checkCharacterProblem(String value) {
        if (problem(value).isPresent() || checkCharacter(value) == value.charAt(17)) {
            return Optional.empty();
        }
        return Optional.of("employerCreditCode has a wrong check character (the 18th, GB 32100): check the code");
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }
}
