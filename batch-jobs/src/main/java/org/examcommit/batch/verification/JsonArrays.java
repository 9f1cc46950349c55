package org.examcommit.batch.verification;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reader query's aggregates, a JSON array of flat arrays of scalars as PostgreSQL's
 * {@code json_agg(json_build_array(...))} writes them, into one {@code String[]} per inner array: a string
 * as its text, a number or boolean as written, null as null. It reads this one shape and nothing else; in
 * a night it runs four times per application, where a general JSON tree cost several times more.
 * It reads the UTF-8 bytes as the database sent them: only the scalars become strings, so the whole
 * aggregate is never decoded into a string first. (In UTF-8 no byte of a multi-byte character is
 * below 0x80, so the JSON punctuation is found byte by byte.)
 */
final class JsonArrays {

    private final byte[] json;
    private int at;
    /** Where the next backslash is at or after the string being read, -1 when there is none. */
    private int nextBackslash;

    private JsonArrays(byte[] json) {
        this.json = json;
        this.nextBackslash = indexOf('\\', 0);
    }

    /** The inner arrays of {@code json} (UTF-8); none for SQL null (an aggregate over no rows). */
    static List<String[]> parse(byte[] json) {
        if (json == null) {
            return List.of();
        }
        return new JsonArrays(json).outer();
    }

    private List<String[]> outer() {
        List<String[]> rows = new ArrayList<>(4);
        expect('[');
        if (skipWhitespace() == ']') {
            at++;
        } else {
            do {
                rows.add(inner());
            } while (separator());
        }
        if (skipWhitespace() != 0) {
            throw error("the end of the text");
        }
        return rows;
    }

    private String[] inner() {
        expect('[');
        List<String> values = new ArrayList<>(24);
        if (skipWhitespace() == ']') {
            at++;
        } else {
            do {
                values.add(scalar());
            } while (separator());
        }
        return values.toArray(String[]::new);
    }

    /** Consumes a ',' (true: another element follows) or a ']' (false: the array ends). */
    private boolean separator() {
        char c = skipWhitespace();
        at++;
        if (c == ',') {
            return true;
        }
        if (c == ']') {
            return false;
        }
        at--;
        throw error("',' or ']'");
    }

    private String scalar() {
        if (skipWhitespace() == '"') {
            return string();
        }
        int start = at;
        while (at < json.length && ",] \t\r\n".indexOf(json[at]) < 0) {
            at++;
        }
        if (at == start || json[start] == '[' || json[start] == '{') {
            throw error("a scalar value");
        }
        if (at - start == 4 && json[start] == 'n' && json[start + 1] == 'u' && json[start + 2] == 'l' && json[start + 3] == 'l') {
            return null;
        }
        return text(start, at);
    }

    private String string() {
        int start = ++at;
        int end = indexOf('"', start);
        if (nextBackslash >= 0 && nextBackslash < start) {
            nextBackslash = indexOf('\\', start);
        }
        if (end >= 0 && (nextBackslash < 0 || nextBackslash > end)) {
            // no escape inside: the usual case
            at = end + 1;
            return text(start, end);
        }
        return escapedString(new StringBuilder());
    }

    /** The rest of a string with an escape in it, from {@code at}; runs without escapes are decoded whole. */
    private String escapedString(StringBuilder text) {
        int run = at;
        while (at < json.length) {
            byte c = json[at++];
            if (c == '"') {
                return text.append(text(run, at - 1)).toString();
            }
            if (c != '\\') {
                continue;
            }
            text.append(text(run, at - 1));
            if (at >= json.length) {
                break;
            }
            char escape = (char) json[at++];
            switch (escape) {
                case '"', '\\', '/' -> text.append(escape);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    if (at + 4 > json.length) {
                        throw error("four hex digits");
                    }
                    try {
                        text.append((char) Integer.parseInt(new String(json, at, 4, StandardCharsets.ISO_8859_1), 16));
                    } catch (NumberFormatException e) {
                        throw error("four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("an escape character");
            }
            run = at;
        }
        throw error("a closing quote");
    }

    private String text(int from, int to) {
        return new String(json, from, to - from, StandardCharsets.UTF_8);
    }

    private int indexOf(char c, int from) {
        for (int i = from; i < json.length; i++) {
            if (json[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private void expect(char c) {
        if (skipWhitespace() != c) {
            throw error("'" + c + "'");
        }
        at++;
    }

    /** Skips whitespace and returns the next character without consuming it, 0 at the end. */
    private char skipWhitespace() {
        while (at < json.length) {
            char c = (char) json[at];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            at++;
        }
        return 0;
    }

    private IllegalArgumentException error(String expected) {
        // positions only: the text holds personal data
        return new IllegalArgumentException("aggregate JSON: expected " + expected + " at byte " + at + " of "
                + json.length);
    }
}
