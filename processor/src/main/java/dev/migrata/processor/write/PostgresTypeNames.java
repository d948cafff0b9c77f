package dev.migrata.processor.write;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Migrata's canonical type spelling to the one PostgreSQL's {@code format_type} prints,
 * which is what the runtime's drift check reads from the live catalog: {@code varchar(255)} →
 * {@code character varying(255)}, {@code timestamptz} → {@code timestamp with time zone}. Types
 * PostgreSQL prints as written ({@code text}, {@code uuid}, {@code vector(768)}, {@code jsonb}, …)
 * pass through, lower-cased unless quoted.
 */
public final class PostgresTypeNames {

    private static final Pattern WITH_MODIFIER = Pattern.compile("([a-z0-9_ ]+?)\\s*(\\(\\s*[0-9 ,]+\\))?");

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("bpchar", "character"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("float8", "double precision"),
            Map.entry("float4", "real"),
            Map.entry("bool", "boolean"),
            Map.entry("decimal", "numeric"),
            Map.entry("varbit", "bit varying"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"),
            Map.entry("time", "time without time zone"));

    private PostgresTypeNames() {}

    /** The {@code format_type} spelling of a canonical or verbatim SQL type. */
    public static String formatType(String type) {
        String trimmed = type.strip();
        if (trimmed.endsWith("[]")) {
            return formatType(trimmed.substring(0, trimmed.length() - 2)) + "[]";
        }
        if (trimmed.contains("\"")) {
            return trimmed;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = WITH_MODIFIER.matcher(lower);
        if (!m.matches()) {
            return lower;
        }
        String base = ALIASES.getOrDefault(m.group(1), m.group(1));
        String modifier = m.group(2) == null ? "" : m.group(2).replace(" ", "");
        // format_type puts the precision of time types before their zone: timestamp(3) with time zone.
        if (base.startsWith("timestamp ") || base.startsWith("time ")) {
            int space = base.indexOf(' ');
            return base.substring(0, space) + modifier + base.substring(space);
        }
        return base + modifier;
    }
}
