package dev.migrata.schema.diff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL does with {@code ALTER COLUMN ... TYPE} between two canonical types: whether it
 * converts the values without a {@code USING} expression, and whether it rewrites the table.
 * Deliberately conservative: a conversion it does not know needs {@code USING}, and rewrites.
 */
final class TypeConversions {

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> FLOATS = List.of("real", "double precision");
    private static final Pattern VARCHAR = Pattern.compile("varchar(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric(?:\\((\\d+)(?:,\\s*(\\d+))?\\))?");

    private TypeConversions() {}

    /** Whether the change needs a {@code USING} expression, i.e. is not one of the safe implicit conversions. */
    static boolean needsUsing(String from, String to) {
        return !(widensNumber(from, to)
                || betweenStrings(from, to)
                || widensNumeric(from, to)
                || (from.equals("timestamp") && to.equals("timestamptz")));
    }

    /**
     * Whether PostgreSQL rewrites the table (and its indexes) for the change. Binary-compatible
     * changes only touch the catalog: a longer or unbounded varchar, varchar to text, a larger
     * numeric precision with the same scale.
     */
    static boolean rewrites(String from, String to) {
        if (isStringType(from) && isStringType(to)) {
            Integer toLength = varcharLength(to);
            if (toLength == null) {
                return false;
            }
            Integer fromLength = varcharLength(from);
            return fromLength == null || fromLength > toLength || from.equals("text");
        }
        if (widensNumeric(from, to)) {
            return false;
        }
        return true;
    }

    private static boolean widensNumber(String from, String to) {
        return widens(INTEGERS, from, to) || widens(FLOATS, from, to);
    }

    private static boolean widens(List<String> family, String from, String to) {
        int f = family.indexOf(from);
        int t = family.indexOf(to);
        return f >= 0 && t > f;
    }

    private static boolean betweenStrings(String from, String to) {
        if (!isStringType(from) || !isStringType(to)) {
            return false;
        }
        Integer fromLength = varcharLength(from);
        Integer toLength = varcharLength(to);
        // varchar(n) -> varchar(m < n) would fail on longer values: that one needs USING.
        return !(fromLength != null && toLength != null && toLength < fromLength && !from.equals("text"));
    }

    private static boolean isStringType(String type) {
        return type.equals("text") || VARCHAR.matcher(type).matches();
    }

    /** The varchar length; {@code null} for text and unbounded varchar. */
    private static Integer varcharLength(String type) {
        Matcher m = VARCHAR.matcher(type);
        return m.matches() && m.group(1) != null ? Integer.valueOf(m.group(1)) : null;
    }

    /** numeric(p,s) to numeric(p2 >= p, s), or to unbounded numeric. */
    private static boolean widensNumeric(String from, String to) {
        Matcher f = NUMERIC.matcher(from);
        Matcher t = NUMERIC.matcher(to);
        if (!f.matches() || !t.matches()) {
            return false;
        }
        if (t.group(1) == null) {
            return true;
        }
        if (f.group(1) == null) {
            return false;
        }
        int fromScale = f.group(2) == null ? 0 : Integer.parseInt(f.group(2));
        int toScale = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
        return Integer.parseInt(t.group(1)) >= Integer.parseInt(f.group(1)) && fromScale == toScale;
    }
}
