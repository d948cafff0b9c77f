package dev.migrata.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * Writes SQL into Java source so that it reads like the {@code .sql} file: a one-line statement as
 * a plain string, a multi-line one as a text block. Text blocks strip trailing spaces and turn
 * {@code \r} into {@code \n}, so a statement with either is written as a plain string instead; the
 * value must be exactly the statement, since the checksums are computed over it.
 */
final class StringLiterals {

    private StringLiterals() {}

    static CodeBlock of(String text) {
        if (!fitsTextBlock(text)) {
            return CodeBlock.of("$S", text);
        }
        return CodeBlock.of("$L", textBlock(text));
    }

    private static boolean fitsTextBlock(String text) {
        if (text.indexOf('\n') < 0) {
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
