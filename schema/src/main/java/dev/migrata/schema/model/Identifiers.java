package dev.migrata.schema.model;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that decides how identifiers are written in SQL. A plain lower-case name is
 * written bare; a reserved word ({@code order}, {@code user}) or any other name is double-quoted,
 * everywhere it appears.
 */
public final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** PostgreSQL's reserved key words (SQL key words appendix, "reserved" in the PostgreSQL column). */
    private static final Set<String> RESERVED = Set.of(
            "all",
            "analyse",
            "analyze",
            "and",
            "any",
            "array",
            "as",
            "asc",
            "asymmetric",
            "authorization",
            "binary",
            "both",
            "case",
            "cast",
            "check",
            "collate",
            "collation",
            "column",
            "concurrently",
            "constraint",
            "create",
            "cross",
            "current_catalog",
            "current_date",
            "current_role",
            "current_schema",
            "current_time",
            "current_timestamp",
            "current_user",
            "default",
            "deferrable",
            "desc",
            "distinct",
            "do",
            "else",
            "end",
            "except",
            "false",
            "fetch",
            "for",
            "foreign",
            "freeze",
            "from",
            "full",
            "grant",
            "group",
            "having",
            "ilike",
            "in",
            "initially",
            "inner",
            "intersect",
            "into",
            "is",
            "isnull",
            "join",
            "lateral",
            "leading",
            "left",
            "like",
            "limit",
            "localtime",
            "localtimestamp",
            "natural",
            "not",
            "notnull",
            "null",
            "offset",
            "on",
            "only",
            "or",
            "order",
            "outer",
            "overlaps",
            "placing",
            "primary",
            "references",
            "returning",
            "right",
            "select",
            "session_user",
            "similar",
            "some",
            "symmetric",
            "system_user",
            "table",
            "tablesample",
            "then",
            "to",
            "trailing",
            "true",
            "union",
            "unique",
            "user",
            "using",
            "variadic",
            "verbose",
            "when",
            "where",
            "window",
            "with");

    private Identifiers() {}

    /** Whether PostgreSQL reserves the word, so it must be quoted to be used as a name. */
    public static boolean isReserved(String name) {
        return RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the name fits in PostgreSQL's 63-byte identifier limit. */
    public static boolean fits(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length <= Names.MAX_IDENTIFIER_BYTES;
    }

    /** Whether the name is non-empty, fits, and has no character PostgreSQL cannot store in a name. */
    public static boolean isValid(String name) {
        return !name.isEmpty() && fits(name) && name.indexOf('\0') < 0;
    }

    /**
     * Why the name is not one a declaration can take, or {@code null} when it is: 1 to 63 bytes of
     * letters, digits, {@code _} and {@code $}, starting with a letter or {@code _}, so that it reads
     * the same in SQL, in generated Java and in comments.
     */
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
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean allowed = i == 0 ? Character.isLetter(cp) || cp == '_' : isNamePart(cp);
            if (!allowed) {
                return (i == 0 ? "it starts with " : "it contains ") + describe(cp)
                        + ", but a name is letters, digits, '_' and '$', starting with a letter or '_'";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Whether the code point may follow the first one of a name. */
    public static boolean isNamePart(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '_' || cp == '$';
    }

    /** A character as a message shows it: visible ones quoted, the others by code point. */
    private static String describe(int cp) {
        String code = String.format("U+%04X", cp);
        return Character.isISOControl(cp)
                        || Character.isWhitespace(cp)
                        || Character.getType(cp) == Character.FORMAT
                        || cp == 0x2028
                        || cp == 0x2029
                ? code
                : "'" + new String(Character.toChars(cp)) + "' (" + code + ")";
    }

    /** The identifier as it must appear in SQL: bare when plain, else double-quoted with quotes doubled. */
    public static String quote(String name) {
        if (PLAIN.matcher(name).matches() && !isReserved(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.table}, each part quoted as needed; the bare table when the schema is empty. */
    public static String qualified(String schema, String table) {
        return schema == null || schema.isEmpty() ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** A SQL string literal: single-quoted, quotes doubled. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
