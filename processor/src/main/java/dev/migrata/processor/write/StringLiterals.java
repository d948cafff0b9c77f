package dev.migrata.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.regex.Pattern;

/**
 * The one way text reaches generated Java: string literals and Javadoc.
 *
 * <p>SQL is written so that it reads like the {@code .sql} file: a one-line statement as a plain
 * string, a multi-line one as a text block. Text blocks strip trailing spaces and turn {@code \r}
 * into {@code \n}, so a statement with either is written as a plain string instead; the value must
 * be exactly the statement, since the checksums are computed over it.
 *
 * <p>JavaPoet writes U+2028 and U+2029 into a literal as they are and then breaks the source line at
 * them (it splits what it emits on {@code \R}), which would change the string or break the file; a
 * text with them is written as a plain string with unicode escapes instead (in a text block the
 * compiler would also strip them as white space at a line's end).
 */
final class StringLiterals {

    /** Line and paragraph separators: line breaks to JavaPoet, not to javac. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\u2028\\u2029]");

    /** What Javadoc shows verbatim inside {@code {@code ...}}: no markup, no comment end, no line break. */
    private static final Pattern JAVADOC_PLAIN = Pattern.compile("[\\p{L}\\p{N}_$.: -]*");

    /**
     * A class file stores a string constant in at most 65,535 bytes of modified UTF-8, at most three
     * per char; longer text (a big {@code @Sql} data step) is joined at run time from pieces, since
     * javac folds {@code "a" + "b"} back into one constant.
     */
    static final int MAX_CONSTANT_CHARS = 20_000;

    private StringLiterals() {}

    private static CodeBlock joined(String text) {
        CodeBlock.Builder code = CodeBlock.builder().add("String.join(\"\"");
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + MAX_CONSTANT_CHARS);
            // Never split a surrogate pair: each half alone is not valid text.
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            code.add(",\n$L", literal(text.substring(start, end)));
            start = end;
        }
        return code.add(")").build();
    }

    /** SQL as a Java expression of exactly its text: a string, a text block, or a join of pieces. */
    static CodeBlock of(String text) {
        if (text.length() > MAX_CONSTANT_CHARS) {
            return joined(text);
        }
        if (!fitsTextBlock(text)) {
            return literal(text);
        }
        return CodeBlock.of("$L", textBlock(text));
    }

    /** A plain string literal of exactly the text. */
    static CodeBlock literal(String text) {
        if (!SEPARATORS.matcher(text).find()) {
            return CodeBlock.of("$S", text);
        }
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default ->
                    out.append(
                            Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                                    ? String.format("\\u%04x", (int) c)
                                    : String.valueOf(c));
            }
        }
        return CodeBlock.of("$L", out.append('"').toString());
    }

    /**
     * Text for {@code addJavadoc("... $L ...")}, shown as code: {@code {@code text}} when Javadoc
     * shows it verbatim, else {@code <code>} with every character that could end the comment, start
     * a tag or break the line written as an HTML character reference.
     */
    static String javadocCode(String text) {
        if (JAVADOC_PLAIN.matcher(text).matches()) {
            return "{@code " + text + "}";
        }
        StringBuilder out = new StringBuilder("<code>");
        text.codePoints()
                .forEach(cp -> out.append(
                        Character.isLetterOrDigit(cp) || cp == '_' || cp == ' '
                                ? new String(Character.toChars(cp))
                                : "&#" + cp + ";"));
        return out.append("</code>").toString();
    }

    private static boolean fitsTextBlock(String text) {
        if (text.indexOf('\n') < 0 || SEPARATORS.matcher(text).find()) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                return false;
            }
            for (int i = 0; i < line.length(); i++) {
                if (Character.isISOControl(line.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The text block literal. Every line, and the closing delimiter, starts at the same indentation
     * (JavaPoet's), which the compiler strips again; a statement without a final newline ends with
     * {@code \} so that the compiler adds none.
     */
    private static String textBlock(String text) {
        boolean finalNewline = text.endsWith("\n");
        String body = finalNewline ? text.substring(0, text.length() - 1) : text;
        String escaped = body.replace("\\", "\\\\");
        while (escaped.contains("\"\"\"")) {
            escaped = escaped.replace("\"\"\"", "\"\"\\\"");
        }
        return "\"\"\"\n" + escaped + (finalNewline ? "\n" : "\\\n") + "\"\"\"";
    }
}
