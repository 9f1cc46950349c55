package org.examcommit.contract.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a free text safe for logs, exceptions, reports and terminals: anything shaped like an id_number or a
 * mobile number is masked as {@link Masking} masks it (§5), whatever the code that wrote the text put in it.
 * Database errors quote row values ("Failing row contains ..."), so every message that leaves a job passes
 * through here.
 */
public final class Redaction {

    /** 17 digits and a check character, not inside a longer run of digits (nor followed by a letter). */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    /** 11 digits starting with 1, not inside a longer run of digits. */
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[0-9]{10}(?![0-9])");
    /** An operator's line is cut here: a stack of causes must not flood the terminal or the run history. */
    private static final int OPERATOR_MAX_LENGTH = 500;

    private Redaction() {}

    /** The text with every id_number and phone masked in place; null stays null. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return replace(PHONE, replace(ID_NUMBER, text, true), false);
    }

    /** The text's lines joined with one space each, masked; null becomes "". */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return mask(text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
    }

    /** Only the text's first line, masked; "no reason given" for null. */
    public static String firstLine(String text) {
        String masked = mask(text);
        if (masked == null) {
            return "no reason given";
        }
        int end = masked.indexOf('\n');
        return (end < 0 ? masked : masked.substring(0, end)).strip();
    }

    /** The deepest message of an exception chain (the root cause says what went wrong), on one masked line. */
    public static String rootMessage(Throwable e) {
        String message = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return oneLine(message);
    }

    /**
     * For an operator's terminal and the run history: the message of {@code e}, with its root cause's when
     * that says more, every run of white space folded to one space, masked, at most 500 characters.
     */
    public static String forOperator(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = describe(e);
        if (root != e) {
            String rootMessage = describe(root);
            if (!message.contains(rootMessage)) {
                message = message + " (cause: " + rootMessage + ")";
            }
        }
        String line = mask(message.replaceAll("\\s+", " ").strip());
        return line.length() > OPERATOR_MAX_LENGTH ? line.substring(0, OPERATOR_MAX_LENGTH) + "..." : line;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String replace(Pattern pattern, String text, boolean idNumber) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String masked = idNumber ? Masking.idNumber(m.group()) : Masking.phone(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(masked));
        }
        m.appendTail(out);
        return out.toString();
    }
}
