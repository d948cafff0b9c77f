package dev.migrata.schema.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that an annotation value written verbatim into a generated statement (a column type, a
 * default or CHECK expression, an index predicate, a {@code USING} expression) is one SQL fragment,
 * so it cannot end the statement, start another, or hide the rest of the line from a reviewer.
 *
 * <p>A small lexer of PostgreSQL's syntax walks the text: single-quoted strings ({@code ''} inside,
 * and backslash escapes in {@code E'...'} strings), double-quoted identifiers, and dollar-quoted
 * strings ({@code $$...$$}, {@code $tag$...$tag$}) are skipped as a whole. Outside them a fragment
 * has no {@code ;}, no comment ({@code --} or {@code /*}), no {@code ,} outside parentheses or
 * brackets (it would start another column or constraint in {@code CREATE TABLE}), and balanced
 * parentheses and brackets; every quote it opens is closed.
 */
public final class SqlFragments {

    private SqlFragments() {}

    /**
     * What keeps the text from being one fragment.
     *
     * @param reason why, completing "it ...", e.g. {@code contains ';' outside quotes (character 5)}
     * @param offset the index of the offending character in the text
     */
    public record Flaw(String reason, int offset) {}

    /** The first flaw of the text, or empty when it is one fragment. */
    public static Optional<Flaw> flaw(String text) {
        return flaw(text, false);
    }

    /**
     * The first flaw of a comma-separated list of fragments (an index's key list), or empty: the
     * same rule, except that a {@code ,} outside parentheses separates two items.
     */
    public static Optional<Flaw> listFlaw(String text) {
        return flaw(text, true);
    }

    private static Optional<Flaw> flaw(String text, boolean list) {
        Deque<Integer> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int next;
            switch (c) {
                case '\'', '"', '$' -> next = endOfQuote(text, i);
                case ';' -> {
                    return flaw("contains ';' outside quotes, which ends the statement", i);
                }
                case '-' -> next = text.startsWith("--", i) ? -2 : i + 1;
                case '/' -> next = text.startsWith("/*", i) ? -3 : i + 1;
                case '(', '[' -> {
                    open.push(i);
                    next = i + 1;
                }
                case ')', ']' -> {
                    if (open.isEmpty() || text.charAt(open.peek()) != (c == ')' ? '(' : '[')) {
                        return flaw("has a '" + c + "' that closes nothing it opened", i);
                    }
                    open.pop();
                    next = i + 1;
                }
                case ',' -> {
                    if (open.isEmpty() && !list) {
                        return flaw("contains ',' outside parentheses, which starts another clause", i);
                    }
                    next = i + 1;
                }
                default -> next = i + 1;
            }
            if (next == -1) {
                return flaw("opens a quote (" + c + ") that it never closes", i);
            }
            if (next == -2) {
                return flaw("contains the comment marker '--', which hides the rest of the line", i);
            }
            if (next == -3) {
                return flaw("contains the comment marker '/*'", i);
            }
            i = next;
        }
        if (!open.isEmpty()) {
            return flaw("opens a '" + text.charAt(open.peek()) + "' that it never closes", open.peek());
        }
        return Optional.empty();
    }

    /**
     * The text with every string literal, quoted identifier, dollar-quoted body and comment replaced
     * by spaces (line breaks kept), so that keywords can be looked for in what the server will run
     * and not in what it will only read as data. An unterminated quote or comment blanks the rest.
     */
    public static String codeOnly(String text) {
        StringBuilder code = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '\'' || c == '"' || c == '$') {
                end = endOfQuote(text, i);
                if (end == i + 1) {
                    // A '$' that opens no dollar quote.
                    i++;
                    continue;
                }
            } else if (text.startsWith("--", i)) {
                int newline = text.indexOf('\n', i);
                end = newline < 0 ? text.length() : newline;
            } else if (text.startsWith("/*", i)) {
                end = endOfBlockComment(text, i);
            } else {
                i++;
                continue;
            }
            end = end < 0 ? text.length() : end;
            for (int k = i; k < end; k++) {
                if (text.charAt(k) != '\n') {
                    code.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return code.toString();
    }

    /**
     * The names the text may refer to: every word outside quotes and comments, lower-cased as
     * PostgreSQL folds an unquoted name, and every double-quoted identifier as written. Keywords are
     * among them; the set is what a conservative "does this query read that table" asks.
     */
    public static Set<String> identifiers(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String word : codeOnly(text).split("[^\\p{L}\\p{N}_$]+")) {
            if (!word.isEmpty()) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"' || c == '$') {
                int end = endOfQuote(text, i);
                if (end < 0) {
                    break;
                }
                if (c == '"') {
                    names.add(text.substring(i + 1, end - 1).replace("\"\"", "\""));
                }
                i = Math.max(end, i + 1);
            } else if (text.startsWith("--", i) || text.startsWith("/*", i)) {
                // Comments are not allowed in the values this reads; nothing after one counts.
                break;
            } else {
                i++;
            }
        }
        return names;
    }

    /** The index after a block comment opened at {@code from} (they nest in PostgreSQL), or -1. */
    private static int endOfBlockComment(String text, int from) {
        int depth = 0;
        for (int i = from; i < text.length() - 1; i++) {
            if (text.startsWith("/*", i)) {
                depth++;
                i++;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i++;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static Optional<Flaw> flaw(String what, int offset) {
        return Optional.of(new Flaw(what + " (character " + (offset + 1) + ")", offset));
    }

    /**
     * At a {@code '}, {@code "} or {@code $}: the index after the quoted text it opens, -1 when that
     * is never closed, or the next index when a {@code $} opens no dollar quote.
     */
    private static int endOfQuote(String text, int i) {
        return switch (text.charAt(i)) {
            case '\'' -> endOfString(text, i + 1, isEscapeString(text, i));
            case '"' -> endOfQuoted(text, i + 1, '"');
            default -> endOfDollarQuote(text, i);
        };
    }

    /** An {@code E'...'} string: the quote follows an {@code E} that does not end a longer word. */
    private static boolean isEscapeString(String text, int quote) {
        return quote > 0
                && (text.charAt(quote - 1) == 'E' || text.charAt(quote - 1) == 'e')
                && (quote == 1 || !isIdentifierPart(text.charAt(quote - 2)));
    }

    /** The index after the closing quote of a string whose body starts at {@code from}, or -1. */
    private static int endOfString(String text, int from, boolean backslashEscapes) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i++;
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** The index after the closing {@code quote}, a doubled quote standing for itself, or -1. */
    private static int endOfQuoted(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i++;
                } else {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /**
     * At a {@code $}: the index after a dollar-quoted string's closing tag, or -1 when it is never
     * closed; the next index when the {@code $} starts no dollar quote (a parameter {@code $1}, or
     * a {@code $} inside a name such as {@code a$b}).
     */
    private static int endOfDollarQuote(String text, int dollar) {
        if (dollar > 0 && isIdentifierPart(text.charAt(dollar - 1))) {
            return dollar + 1;
        }
        int i = dollar + 1;
        if (i < text.length() && isTagStart(text.charAt(i))) {
            i++;
            while (i < text.length() && isTagPart(text.charAt(i))) {
                i++;
            }
        }
        if (i >= text.length() || text.charAt(i) != '$') {
            return dollar + 1;
        }
        String tag = text.substring(dollar, i + 1);
        int close = text.indexOf(tag, i + 1);
        return close < 0 ? -1 : close + tag.length();
    }

    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '_' || c >= 0x80;
    }

    private static boolean isTagPart(char c) {
        return isTagStart(c) || Character.isDigit(c);
    }

    private static boolean isIdentifierPart(char c) {
        return isTagPart(c) || c == '$';
    }
}
