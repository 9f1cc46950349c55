package org.examcommit.batch.verification;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the reader query's aggregates, a JSON array of flat arrays of scalars as PostgreSQL's
 * {@code json_agg(json_build_array(...))} writes them, into one {@code String[]} per inner array: a string
 * as its text, a number or boolean as written, null as null. It reads this one shape and nothing else; in
 * a night it runs four times per application, where a general JSON tree cost several times more.
 */
final class JsonArrays {

    private final String json;
    private int at;
    /** Where the next backslash is at or after the string being read, -1 when there is none. */
    private int nextBackslash;

    private JsonArrays(String json) {
        this.json = json;
        this.nextBackslash = json.indexOf('\\');
    }

    /** The inner arrays of {@code json}; none for SQL null (an aggregate over no rows). */
    static List<String[]> parse(String json) {
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
        while (at < json.length() && ",] \t\r\n".indexOf(json.charAt(at)) < 0) {
            at++;
        }
        String token = json.substring(start, at);
        if (token.isEmpty() || token.charAt(0) == '[' || token.charAt(0) == '{') {
            throw error("a scalar value");
        }
        return token.equals("null") ? null : token;
    }

    private String string() {
        int start = ++at;
        int end = json.indexOf('"', start);
        if (nextBackslash >= 0 && nextBackslash < start) {
            nextBackslash = json.indexOf('\\', start);
        }
        if (end >= 0 && (nextBackslash < 0 || nextBackslash > end)) {
            // no escape inside: the usual case, found with two vectorised scans instead of a loop per character
            at = end + 1;
            return json.substring(start, end);
        }
        while (at < json.length()) {
            char c = json.charAt(at);
            if (c == '"') {
                return json.substring(start, at++);
            }
            if (c == '\\') {
                return escapedString(new StringBuilder().append(json, start, at));
            }
            at++;
        }
        throw error("a closing quote");
    }

    private String escapedString(StringBuilder text) {
        while (at < json.length()) {
            char c = json.charAt(at++);
            if (c == '"') {
                return text.toString();
            }
            if (c != '\\') {
                text.append(c);
                continue;
            }
            if (at >= json.length()) {
                break;
            }
            char escape = json.charAt(at++);
            switch (escape) {
                case '"', '\\', '/' -> text.append(escape);
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    if (at + 4 > json.length()) {
                        throw error("four hex digits");
                    }
                    try {
                        text.append((char) Integer.parseInt(json, at, at + 4, 16));
                    } catch (NumberFormatException e) {
                        // not the parser's message: it would quote the text
                        throw error("four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("an escape character");
            }
        }
        throw error("a closing quote");
    }

    private void expect(char c) {
        if (skipWhitespace() != c) {
            throw error("'" + c + "'");
        }
        at++;
    }

    /** Skips whitespace and returns the next character without consuming it, 0 at the end. */
    private char skipWhitespace() {
        while (at < json.length()) {
            char c = json.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return c;
            }
            at++;
        }
        return 0;
    }

    private IllegalArgumentException error(String expected) {
        // positions only: the text holds personal data
        return new IllegalArgumentException(
                "aggregate JSON: expected " + expected + " at character " + at + " of " + json.length());
    }
}
