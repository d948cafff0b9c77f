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
