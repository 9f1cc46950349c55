package org.examcommit.batch.bundle;

import java.util.Optional;
import java.util.Set;
import org.examcommit.batch.io.Row;
import org.examcommit.contract.Province;
import org.examcommit.registration.candidate.IdNumber;
import org.examcommit.registration.candidate.PhoneNumber;

/**
 * Reads the fields of one bundle row with the cleaning and type rules of DATA-CONTRACT §1, keeping
 * the first problem it meets. Each method returns the cleaned value as text (what is loaded), or
 * null when the field is empty (optional fields) or bad; once a problem is found, later calls
 * return null and the row is bad.
 */
final class FieldReader {

    /** GB 32100 unified social credit code characters: digits and upper-case letters except I, O, Z, S, V. */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Row row;
    private Problem problem;

    FieldReader(Row row) {
        this.row = row;
    }

    boolean ok() {
        return problem == null;
    }

    Problem problem() {
        return problem;
    }

    /** Marks the row bad, unless it already is (the first problem is the one reported). */
    void fail(String column, String reason) {
        if (problem == null) {
            problem = new Problem(column, reason);
        }
    }

    /** A required identifier: trimmed, ASCII digits only. */
    String identifier(String column) {
        String v = optionalIdentifier(column);
        if (v == null) {
            fail(column, column + " is required");
        }
        return v;
    }

    String optionalIdentifier(String column) {
        if (!ok()) {
            return null;
        }
        String raw = row.get(column);
        String v = raw == null ? null : raw.strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (hasNonAsciiDigit(v)) {
            fail(column, column + " must use ASCII digits only");
            return null;
        }
        return v;
    }

    /** A resident identity number (GB 11643); a lower-case check character x is upper-cased. */
    String idNumber(String column) {
        String v = identifier(column);
        if (v == null) {
            return null;
        }
        String normalised = IdNumber.normalise(v);
        check(column, IdNumber.problem(normalised));
        return ok() ? normalised : null;
    }

    String phone(String column) {
        String v = identifier(column);
        if (v == null) {
            return null;
        }
        check(column, PhoneNumber.problem(v));
        return ok() ? v : null;
    }

    /** A required code that must be one of the listed values. */
    String code(String column, Set<String> allowed) {
        String v = identifier(column);
        return v == null ? null : listed(column, v, allowed);
    }

    String optionalCode(String column, Set<String> allowed) {
        String v = optionalIdentifier(column);
        return v == null ? null : listed(column, v, allowed);
    }

    String province(String column) {
        String v = identifier(column);
        if (v != null && !Province.isCode(v)) {
            fail(column, column + " is not a GB/T 2260 province code");
            return null;
        }
        return v;
    }

    /** An 18-character unified social credit code (shape only: length and alphabet). */
    String creditCode(String column) {
        String v = identifier(column);
        if (v == null) {
            return null;
        }
        if (!isCreditCode(v)) {
            fail(column, column + " must be 18 characters of digits and upper-case letters except I, O, Z, S, V");
            return null;
        }
        return v;
    }

    /** A whole number within [min, max]. */
    Integer integer(String column, int min, int max) {
        String v = identifier(column);
        if (v == null) {
            return null;
        }
        if (v.length() > 9 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            fail(column, column + " must be a whole number");
            return null;
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            fail(column, column + " must be between " + min + " and " + max);
            return null;
        }
        return n;
    }

    /** A required ISO date, as LocalDate prints it. */
    String date(String column) {
        String d = optionalDate(column);
        if (d == null) {
            fail(column, column + " is required");
        }
        return d;
    }

    String optionalDate(String column) {
        String v = optionalIdentifier(column);
        if (v == null) {
            return null;
        }
        String d = IsoText.date(v);
        if (d == null) {
            fail(column, column + " must be an ISO date yyyy-MM-dd");
        }
        return d;
    }

    /** A required ISO-8601 timestamp with offset, as OffsetDateTime prints it. */
    String timestamp(String column) {
        String t = optionalTimestamp(column);
        if (t == null) {
            fail(column, column + " is required");
        }
        return t;
    }

    String optionalTimestamp(String column) {
        String v = optionalIdentifier(column);
        if (v == null) {
            return null;
        }
        String t = IsoText.timestamp(v);
        if (t == null) {
            fail(column, column + " must be an ISO-8601 timestamp with offset");
        }
        return t;
    }

    Boolean bool(String column) {
        String v = identifier(column);
        if (v == null) {
            return null;
        }
        if (v.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (v.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        fail(column, column + " must be true or false");
        return null;
    }

    /** Required free text: NFKC-normalised (full-width digits become ASCII) and trimmed. */
    String text(String column) {
        String v = optionalText(column);
        if (v == null) {
            fail(column, column + " is required");
        }
        return v;
    }

    String optionalText(String column) {
        if (!ok()) {
            return null;
        }
        String raw = row.get(column);
        if (raw == null) {
            return null;
        }
        String v = IsoText.nfkcStripped(raw);
        return v.isEmpty() ? null : v;
    }

    static boolean isCreditCode(String v) {
        if (v.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (CREDIT_CODE_ALPHABET.indexOf(v.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    static boolean hasNonAsciiDigit(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c < '0' || c > '9') && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    private String listed(String column, String v, Set<String> allowed) {
        if (!allowed.contains(v)) {
            fail(
                    column,
                    column + " must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return v;
    }

    private void check(String column, Optional<String> reason) {
        reason.ifPresent(r -> fail(column, r));
    }
}
