package dev.migrata.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * Writes SQL into Java source so that it reads like the {@code .sql} file: a one-line statement as
 * a plain string, a multi-line one as a text block. Text blocks strip trailing spaces and turn
 * {@code \r} into {@code \n}, so a statement with either is written as a plain string instead; the
 * value must be exactly the statement, since the checksums are computed over it.
 */
final class StringLiterals {

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
            code.add(",\n$S", text.substring(start, end));
            start = end;
        }
        return code.add(")").build();
    }

    static CodeBlock of(String text) {
        if (text.length() > MAX_CONSTANT_CHARS) {
            return joined(text);
        }
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
