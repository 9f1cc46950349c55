package org.examcommit.batch.verification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.examcommit.registration.notice.Masking;

/** Masks anything shaped like an id_number or a mobile phone in a text bound for a log, an exception or a report. */
final class LogSafe {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern PHONE = Pattern.compile("(?<![0-9])1\\d{10}(?![0-9])");

    private LogSafe() {}

    static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = replace(ID_NUMBER.matcher(text), true);
        return replace(PHONE.matcher(masked), false);
    }

    /** One line: the first line of the text, masked. */
    static String oneLine(String text) {
        String masked = mask(text);
        if (masked == null) {
            return "no reason given";
        }
        int end = masked.indexOf('\n');
        return (end < 0 ? masked : masked.substring(0, end)).strip();
    }

    private static String replace(Matcher m, boolean idNumber) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(idNumber ? Masking.idNumber(m.group()) : Masking.phone(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
