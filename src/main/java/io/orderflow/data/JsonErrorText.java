package io.orderflow.data;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the JSON parser's (Gson's) error messages, which speak of its own API ("Use
 * JsonReader.setStrictness(...)", "Expected name", troubleshooting links), into a line, a column
 * and what the user should look for. Stateless; thread-safe.
 */
public final class JsonErrorText {
    private static final Pattern WHERE = Pattern.compile("at line (\\d+) column (\\d+)");

    private JsonErrorText() {
    }

    /**
     * E.g. "line 1, column 26: a key in double quotes expected (a comma before '}'?)"; for a
     * message without a position just the plain reason.
     */
    public static String describe(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && (m.isEmpty() || m.startsWith(cause.getClass().getName()))) {
            m = cause.getMessage();
        }
        Matcher w = WHERE.matcher(m);
        String where = w.find() ? "line " + w.group(1) + ", column " + w.group(2) + ": " : "";
        return where + reason(m, e instanceof java.io.EOFException || cause instanceof java.io.EOFException);
    }

    private static String reason(String m, boolean eof) {
        String s = m.toLowerCase(Locale.ROOT);
        if (eof || s.contains("end of input")) return "the text ends too early (a closing '}', ']' or '\"' missing?)";
        if (s.contains("expected name")) return "a key in double quotes expected (a comma before '}'?)";
        if (s.contains("expected ':'")) return "':' expected after the key";
        if (s.contains("unterminated string")) return "a string without its closing '\"'";
        if (s.contains("unterminated object")) return "',' or '}' expected";
        if (s.contains("unterminated array")) return "',' or ']' expected";
        if (s.contains("unterminated comment")) return "a comment without its end (JSON has no comments)";
        if (s.contains("expected value")) return "a value expected (a comma before ']'?)";
        if (s.contains("unexpected value")) return "a value where none belongs";
        if (s.contains("lenient") || s.contains("strictness")) {
            return "not JSON here: text after the end, a word without double quotes, single quotes or a comment";
        }
        if (s.contains("duplicate key")) return "a key given twice";
        return "not valid JSON";
    }
}
