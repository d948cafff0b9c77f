package dev.migrata.processor.validate;

import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Checks one SQL name: invalid or over-long names are errors; a reserved word is legal (Migrata
 * quotes it everywhere) but a warning, since every hand-written query must quote it too.
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
            return Optional.of(Problem.of(
                    Message.INVALID_IDENTIFIER,
                    origin,
                    what,
                    printable(name),
                    owner,
                    reason,
                    String.format(fixTemplate, shortened(name))));
        }
        if (Identifiers.isReserved(name)) {
            return Optional.of(Problem.of(
                    Message.RESERVED_WORD,
                    origin,
                    what,
                    name,
                    owner,
                    Identifiers.quote(name),
                    String.format(fixTemplate, name + "s")));
        }
        return Optional.empty();
    }

    /** Why the name is not a valid identifier, or {@code null} when it is valid. */
    public static String invalidReason(String name) {
        if (name.isBlank()) {
            return "it is empty";
        }
        if (name.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Names.MAX_IDENTIFIER_BYTES) {
            return "it is " + bytes
                    + " bytes long, over PostgreSQL's limit of 63 (the server would silently truncate it)";
        }
        return null;
    }

    private static String shortened(String name) {
        String plain = name.replace("\0", "").strip();
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

    private static String printable(String name) {
        return name.replace("\0", "\\0");
    }

    /** Checks a name and adds its problem, if any, to {@code problems}. */
    static void addProblem(
            List<Problem> problems, String what, String name, String owner, String fixTemplate, Origin origin) {
        check(what, name, owner, fixTemplate, origin).ifPresent(problems::add);
    }
}
