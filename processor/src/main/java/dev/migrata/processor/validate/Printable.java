package dev.migrata.processor.validate;

/** Annotation values as a message shows them: control characters and line breaks as Java escapes. */
final class Printable {

    private Printable() {}

    /** The text with every control character and line or paragraph separator as {@code \}{@code uXXXX}. */
    static String of(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)
                    || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
