package dev.migrata.processor.write;

import dev.migrata.schema.model.SqlTypes;
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

    private static final Pattern WITH_MODIFIER = Pattern.compile("([a-z0-9_ ]+?)(\\([0-9,]+\\))?");

    /** Migrata's spelling → {@code format_type}'s, for the types {@link SqlTypes#normalize} gives that differ. */
    private static final Map<String, String> FORMAT_TYPE_NAMES = Map.of(
            "varchar", "character varying",
            "char", "character",
            "varbit", "bit varying",
            "timestamptz", "timestamp with time zone",
            "timestamp", "timestamp without time zone",
            "timetz", "time with time zone",
            "time", "time without time zone");

    private PostgresTypeNames() {}

    /** The {@code format_type} spelling of a canonical or verbatim SQL type. */
    public static String formatType(String type) {
        String normalized = SqlTypes.normalize(type);
        if (normalized.contains("\"")) {
            return normalized;
        }
        if (normalized.endsWith("[]")) {
            return formatType(normalized.substring(0, normalized.length() - 2)) + "[]";
        }
        Matcher m = WITH_MODIFIER.matcher(normalized);
        if (!m.matches()) {
            return normalized;
        }
        String base = FORMAT_TYPE_NAMES.getOrDefault(m.group(1), m.group(1));
        String modifier = m.group(2) == null ? "" : m.group(2);
        // format_type puts the precision of time types before their zone: timestamp(3) with time zone.
        if (base.startsWith("timestamp ") || base.startsWith("time ")) {
            int space = base.indexOf(' ');
            return base.substring(0, space) + modifier + base.substring(space);
        }
        return base + modifier;
    }
}
