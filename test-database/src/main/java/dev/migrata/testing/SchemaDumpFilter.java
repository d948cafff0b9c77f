package dev.migrata.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes from {@code pg_dump --schema-only} output what changes between two dumps of the same
 * schema: comments (they carry server and pg_dump versions), the session settings at the top,
 * and the <code>&#92;restrict</code>/<code>&#92;unrestrict</code> lines with a random key that pg_dump writes
 * since the 2025 security releases.
 */
final class SchemaDumpFilter {

    private static final Pattern VOLATILE_LINE =
            Pattern.compile("--.*|SET .*|SELECT pg_catalog\\.set_config\\('search_path'.*|\\\\(un)?restrict .*");

    private SchemaDumpFilter() {}

    static String filter(String dump) {
        List<String> kept = new ArrayList<>();
        for (String line : dump.split("\\R", -1)) {
            String trimmed = line.stripTrailing();
            if (VOLATILE_LINE.matcher(trimmed).matches()) {
                continue;
            }
            boolean blank = trimmed.isEmpty();
            boolean previousBlank = kept.isEmpty() || kept.get(kept.size() - 1).isEmpty();
            // Dropped lines leave runs of blank lines behind; one is enough to separate statements.
            if (!(blank && previousBlank)) {
                kept.add(trimmed);
            }
        }
        return String.join("\n", kept).strip() + "\n";
    }
}
