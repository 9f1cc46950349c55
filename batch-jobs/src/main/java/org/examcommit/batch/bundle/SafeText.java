package org.examcommit.batch.bundle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examcommit.registration.notice.Masking;

/**
 * Makes an error text safe for logs and operators: one line, and anything shaped like an id_number or
 * a mobile number masked (§5). Database errors quote row values ("Failing row contains ..."), so every
 * message that leaves the import passes through here.
 */
final class SafeText {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1[0-9]{10}(?![0-9])");

    private SafeText() {}

    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        line = replace(ID_NUMBER, line, Masking::idNumber);
        return replace(PHONE, line, Masking::phone);
    }

    /** The deepest message of an exception chain (the root cause says what went wrong), made safe. */
    static String of(Throwable e) {
        String message = e.getClass().getSimpleName();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return oneLine(message);
    }

    private static String replace(Pattern pattern, String text, java.util.function.UnaryOperator<String> mask) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask.apply(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
