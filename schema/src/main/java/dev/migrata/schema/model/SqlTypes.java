package dev.migrata.schema.model;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one spelling of SQL types in the model ({@link #normalize}), and the parts of it that the
 * stages reason about (pgvector kinds, sizes).
 */
public final class SqlTypes {

    private static final Pattern VECTOR = Pattern.compile("(vector|halfvec|sparsevec|bit)\\((\\d+)\\)");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(.+?)\\s*(?:\\[\\s*\\d*\\s*])+");
    private static final Pattern BASE_AND_MODIFIER = Pattern.compile(
            "([a-z_][a-z0-9_ ]*?)\\s*(\\(\\s*\\d+\\s*(?:,\\s*-?\\d+\\s*)?\\))?(?:\\s*(with(?:out)? time zone))?");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"),
            Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("decimal", "numeric"),
            Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"),
            Map.entry("character", "char"),
            Map.entry("bpchar", "char"),
            Map.entry("bit varying", "varbit"));

    /**
     * Spellings already normalized. A schema spells a handful of types thousands of times (every
     * column, in every snapshot read and every model compared), and each spelling costs three regular
     * expressions; in a fresh javac that runs interpreted. Bounded, since the function is pure and
     * a build daemon may keep this class across many compiles.
     */
    private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

    private static final int NORMALIZED_LIMIT = 4096;

    private SqlTypes() {}

    /**
     * The one spelling of an SQL type that the model holds, so that two spellings PostgreSQL reads as
     * the same type are never a type change: lower case, single spaces, no spaces inside the
     * modifier, and PostgreSQL's aliases replaced by the names Migrata maps Java types to ({@code int}
     * and {@code int4} → {@code integer}, {@code character varying(50)} → {@code varchar(50)}, {@code
     * timestamp with time zone} → {@code timestamptz}, {@code float8} → {@code double precision},
     * {@code bool} → {@code boolean}, {@code decimal(10, 2)} → {@code numeric(10,2)}, …). A type
     * with a quoted part is case-sensitive and only loses its outer whitespace.
     */
    public static String normalize(String type) {
        if (type == null) {
            return null;
        }
        String known = NORMALIZED.get(type);
        if (known != null) {
            return known;
        }
        String normalized = normalizeUncached(type);
        if (NORMALIZED.size() < NORMALIZED_LIMIT) {
            NORMALIZED.put(type, normalized);
        }
        return normalized;
    }

    private static String normalizeUncached(String type) {
        String trimmed = type.strip();
        if (trimmed.contains("\"")) {
            return trimmed;
        }
        String spaced = WHITESPACE.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll(" ");
        Matcher array = ARRAY_SUFFIX.matcher(spaced);
        if (array.matches()) {
            // PostgreSQL ignores array sizes and dimensions count: text[3] and text[][] are text[].
            return normalize(array.group(1)) + "[]";
        }
        if (spaced.endsWith(" array")) {
            return normalize(spaced.substring(0, spaced.length() - " array".length())) + "[]";
        }
        Matcher m = BASE_AND_MODIFIER.matcher(spaced);
        if (!m.matches()) {
            return spaced;
        }
        String base = m.group(1);
        String modifier = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        String zone = m.group(3) == null ? "" : m.group(3);
        if (base.equals("timestamp") || base.equals("time")) {
            return base + (zone.equals("with time zone") ? "tz" : "") + modifier;
        }
        if (!zone.isEmpty()) {
            return spaced;
        }
        if (base.equals("float") && !modifier.contains(",")) {
            // float(p) is real up to 24 binary digits, double precision above; plain float is double.
            return modifier.isEmpty() || Integer.parseInt(modifier.substring(1, modifier.length() - 1)) > 24
                    ? "double precision"
                    : "real";
        }
        if ((base.equals("char") || base.equals("character")) && modifier.isEmpty()) {
            return "char(1)";
        }
        return ALIASES.getOrDefault(base, base) + modifier;
    }

    /** Whether two spellings name the same type, e.g. {@code int} and {@code INTEGER}. */
    public static boolean sameType(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    /** Whether the type is one of pgvector's: {@code vector(n)}, {@code halfvec(n)}, {@code sparsevec(n)}. */
    public static boolean isVectorType(String type) {
        Matcher m = VECTOR.matcher(type);
        return m.matches() && !m.group(1).equals("bit");
    }

    /** The pgvector kind ({@code vector}, {@code halfvec}, {@code sparsevec}, {@code bit}) or {@code null}. */
    public static String vectorKind(String type) {
        Matcher m = VECTOR.matcher(type);
        return m.matches() ? m.group(1) : null;
    }

    /** The dimensions of a {@code vector(n)}-like type, empty for other types. */
    public static OptionalInt dimensions(String type) {
        Matcher m = VECTOR.matcher(type);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }
}
