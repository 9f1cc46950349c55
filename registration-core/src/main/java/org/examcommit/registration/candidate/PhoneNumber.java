package org.examcommit.registration.candidate;

import java.util.Optional;

/** An 11-digit mainland mobile number starting with 1 (ASCII digits only). */
public final class PhoneNumber {

    private PhoneNumber() {}

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip();
    }

    /** Why a normalised value is not a mobile number, or empty; never repeats the value. */
    public static Optional<String> problem(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of("phone is required");
        }
        if (value.length() != 11) {
            return Optional.of("phone must be 11 digits, got " + value.length() + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of("phone must be ASCII digits only");
            }
        }
        if (value.charAt(0) != '1') {
            return Optional.of("phone must be a mainland mobile number starting with 1");
        }
        return Optional.empty();
    }

    public static boolean isValid(String value) {
        return problem(value).isEmpty();
    }
}
