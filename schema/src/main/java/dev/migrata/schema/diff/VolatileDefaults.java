package dev.migrata.schema.diff;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises default expressions that PostgreSQL must evaluate once per row. Since PostgreSQL 11 a
 * new column with a constant or stable default ({@code 0}, {@code 'x'}, {@code now()}) is added
 * without touching the rows; a volatile one ({@code gen_random_uuid()}, {@code random()},
 * {@code clock_timestamp()}, a sequence) rewrites the whole table. A verbatim expression is not
 * parsed: the well-known volatile functions are looked for by name.
 */
final class VolatileDefaults {

    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(gen_random_uuid|uuid_generate_v[14]|random|clock_timestamp|timeofday|nextval|txid_current"
                    + "|statement_timestamp)\\s*\\(");

    private VolatileDefaults() {}

    static boolean isVolatile(String defaultExpression) {
        return defaultExpression != null
                && VOLATILE.matcher(defaultExpression.toLowerCase(Locale.ROOT)).find();
    }
}
