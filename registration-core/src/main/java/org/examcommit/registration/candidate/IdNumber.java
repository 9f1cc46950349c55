package org.examcommit.registration.candidate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.examcommit.contract.Province;
import org.examcommit.contract.privacy.Masking;

/**
 * A resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
 * and a check character by ISO 7064 MOD 11-2. Values are normalised (trimmed, lower-case x upper-cased).
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public IdNumber {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Trims and upper-cases the check character; null stays null. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.length() == 18 && s.charAt(17) == 'x') {
            s = s.substring(0, 17) + 'X';
        }
        return s;
    }

    /** Parses a raw value after normalising it; throws with the reason when it is not a valid number. */
    public static IdNumber parse(String raw) {
        return new IdNumber(normalise(raw));
    }

    /**
     * Why a normalised value is not a valid id_number, or empty when it is. The reason never repeats
     * the value, so it is safe in logs and error messages.
     */
    public static Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("id_number is required");
        }
        if (value.length() != 18) {
            return Optional.of("id_number must be 18 characters, got " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("id_number characters 1-17 must be ASCII digits");
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return Optional.of("id_number check character must be a digit or X");
        }
        if (!Province.isCode(value.substring(0, 2))) {
            return Optional.of("id_number region code does not start with a province code");
        }
        if (birthDateOf(value).isEmpty()) {
            return Optional.of("id_number birth date (characters 7-14) is not a real date");
        }
        if (checkCharacter(value) != last) {
            return Optional.of("id_number check character does not match (ISO 7064 MOD 11-2)");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value).orElseThrow();
    }

    /** The province part of the region code (first two digits). */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** Masked as DATA-CONTRACT §5: first 6 characters, 8 '*', last 4. */
    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static Optional<LocalDate> birthDateOf(String value) {
        try {
            int year = Integer.parseInt(value.substring(6, 10));
            int month = Integer.parseInt(value.substring(10, 12));
            int day = Integer.parseInt(value.substring(12, 14));
            if (year < 1900) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(year, month, day));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
