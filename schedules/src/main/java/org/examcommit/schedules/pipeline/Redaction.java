package org.examcommit.schedules.pipeline;

import java.util.regex.Pattern;

/**
 * Makes an error fit for an operator's terminal and the run history: one line, no unmasked ID
 * or phone number (contract §5), whatever the code that threw it put in its message.
 */
public final class Redaction {

    private static final Pattern ID_NUMBER =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(1\\d{2})\\d{4}(\\d{4})(?!\\d)");
    private static final int MAX_LENGTH = 500;

    private Redaction() {}

    /** The message of {@code e}, with its root cause's when that says more, on one masked line. */
    public static String oneLine(Throwable e) {
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
        return mask(message);
    }

    /** Masks ID and phone numbers and folds the text onto one line. */
    public static String mask(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        line = ID_NUMBER.matcher(line).replaceAll("$1********$2");
        line = PHONE.matcher(line).replaceAll("$1****$2");
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "..." : line;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }
}
