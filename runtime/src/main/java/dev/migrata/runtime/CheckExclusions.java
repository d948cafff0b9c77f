package dev.migrata.runtime;

import dev.migrata.runtime.internal.CatalogReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tables {@code check()} leaves out unless the head schema declares them: the history tables
 * of other migration tools, which a database adopted from them keeps, and the patterns a team gives
 * ({@code *} matches any run of characters; a pattern with a dot matches {@code schema.table}, one
 * without matches the table name in any schema).
 */
final class CheckExclusions {

    private final List<String> patterns;
    private final List<Pattern> compiled;
    private final Set<String> declared;

    private CheckExclusions(List<String> patterns, Set<String> declared) {
        this.patterns = List.copyOf(patterns);
        this.compiled = patterns.stream().map(CheckExclusions::glob).toList();
        this.declared = Set.copyOf(declared);
    }

    /**
     * @param patterns the team's patterns; the other tools' history tables are always added
     * @param declared {@code schema.table} of every table the head schema declares, never left out
     */
    static CheckExclusions of(List<String> patterns, Set<String> declared) {
        List<String> all = new ArrayList<>(CatalogReader.OTHER_TOOLS_HISTORY);
        all.addAll(patterns);
        return new CheckExclusions(all, declared);
    }

    /** The pattern without surrounding spaces; refuses an empty one, which would be a mistake. */
    static String requireValid(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("A check exclusion pattern must not be empty");
        }
        return pattern.strip();
    }

    /** Whether {@code schema.table} is left out of the comparison. */
    boolean excludes(String schema, String table) {
        String qualifiedName = schema + "." + table;
        if (declared.contains(qualifiedName)) {
            return false;
        }
        for (int i = 0; i < patterns.size(); i++) {
            boolean withSchema = patterns.get(i).contains(".");
            if (compiled.get(i).matcher(withSchema ? qualifiedName : table).matches()) {
                return true;
            }
        }
        return false;
    }

    /** {@code tmp_*} as a regular expression: every {@code *} any run of characters, the rest literal. */
    private static Pattern glob(String pattern) {
        List<String> literals = new ArrayList<>();
        for (String part : pattern.split("\\*", -1)) {
            literals.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", literals));
    }
}
