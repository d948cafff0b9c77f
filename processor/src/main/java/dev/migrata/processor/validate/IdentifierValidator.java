package dev.migrata.processor.validate;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.Origin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Checks one SQL name: invalid or over-long names are errors; a reserved word is legal (Migrata
 * quotes it everywhere) but a warning, since every hand-written query must quote it too.
 *
 * <p>A valid name is 1 to 63 bytes of letters, digits, {@code _} and {@code $}, starting with a
 * letter or {@code _}: PostgreSQL's unquoted identifier syntax, upper case included (such a name is
 * quoted where it appears). A space, a quote, a line break or {@code *}{@code /} would need quoting
 * in SQL and escaping in the generated Java and comments; such a name is an error on the element.
 */
public final class IdentifierValidator {

    private IdentifierValidator() {}

    /**
     * Checks a name.
     *
     * @param what what is named: {@code table}, {@code column}, {@code index}, {@code PostgreSQL schema}
     * @param name the name
     * @param owner where it is declared, for the message ({@code Document}, {@code Document.title})
     * @param fixTemplate the annotation to paste with {@code %s} for the suggested name,
     *     e.g. {@code @Column(name = "%s")}
     * @param origin where to report
     */
    public static Optional<Problem> check(String what, String name, String owner, String fixTemplate, Origin origin) {
        String reason = invalidReason(name);
        if (reason != null) {
            return Optional.of(Problems.invalidIdentifier(
                    origin, what, Printable.of(name), owner, reason, String.format(fixTemplate, shortened(name))));
        }
        if (Identifiers.isReserved(name)) {
            return Optional.of(Problems.reservedWord(
                    origin, what, name, owner, Identifiers.quote(name), String.format(fixTemplate, name + "s")));
        }
        return Optional.empty();
    }

    /** Why the name is not a valid identifier, or {@code null} when it is valid: {@link Identifiers#invalidReason}. */
    public static String invalidReason(String name) {
        return Identifiers.invalidReason(name);
    }

    private static boolean isNamePart(int cp) {
        return Identifiers.isNamePart(cp);
    }

    /** A valid name close to the given one: other characters become '_', then it is cut to 40 bytes. */
    private static String shortened(String name) {
        StringBuilder sanitized = new StringBuilder();
        name.strip().codePoints().forEach(cp -> sanitized.appendCodePoint(isNamePart(cp) ? cp : '_'));
        String plain = sanitized.toString().replaceAll("_+", "_").replaceAll("^[_\\d$]+|_+$", "");
        if (plain.isEmpty()) {
            return "name";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); ) {
            int cp = plain.codePointAt(i);
            if ((out.toString() + new String(Character.toChars(cp))).getBytes(StandardCharsets.UTF_8).length > 40) {
                break;
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Checks a name and adds its problem, if any, to {@code problems}. */
    static void addProblem(
            List<Problem> problems, String what, String name, String owner, String fixTemplate, Origin origin) {
        check(what, name, owner, fixTemplate, origin).ifPresent(problems::add);
    }
}
