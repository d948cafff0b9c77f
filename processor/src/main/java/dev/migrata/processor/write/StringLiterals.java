package dev.migrata.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.regex.Pattern;

/**
 * The one way text reaches generated Java: string literals and Javadoc.
 *
 * <p>JavaPoet writes U+2028 and U+2029 into a literal as they are and then breaks the source line at
 * them (it splits what it emits on {@code \R}), which would change the string or break the file; a
 * text with them is written as a plain string with unicode escapes instead.
 */
final class StringLiterals {

    /** Line and paragraph separators: line breaks to JavaPoet, not to javac. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\u2028\\u2029]");

    /** What Javadoc shows verbatim inside {@code {@code ...}}: no markup, no comment end, no line break. */
    private static final Pattern JAVADOC_PLAIN = Pattern.compile("[\\p{L}\\p{N}_$.: -]*");

    private StringLiterals() {}

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
}
