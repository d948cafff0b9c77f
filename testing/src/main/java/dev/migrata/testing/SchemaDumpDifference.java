package dev.migrata.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements one filtered schema dump has that another lacks, both ways: what a downgrade left
 * behind and what it failed to bring back. Statements are compared whole, as {@link
 * SchemaDumpFilter} leaves them (one blank line between two), and counted, so two equal statements
 * are two.
 *
 * @param extra statements only the actual dump has, in its order
 * @param missing statements only the expected dump has, in its order
 */
record SchemaDumpDifference(List<String> extra, List<String> missing) {

    SchemaDumpDifference {
        extra = List.copyOf(extra);
        missing = List.copyOf(missing);
    }

    static SchemaDumpDifference between(String expected, String actual) {
        return new SchemaDumpDifference(
                subtract(statements(actual), statements(expected)), subtract(statements(expected), statements(actual)));
    }

    boolean isEmpty() {
        return extra.isEmpty() && missing.isEmpty();
    }

    /** Each difference on its own lines, statements indented under what is wrong with them. */
    String describe(String extraLabel, String missingLabel) {
        StringBuilder text = new StringBuilder();
        append(text, extraLabel, extra);
        append(text, missingLabel, missing);
        return text.toString().stripTrailing();
    }

    private static void append(StringBuilder text, String label, List<String> statements) {
        if (statements.isEmpty()) {
            return;
        }
        text.append(label).append(":\n");
        for (String statement : statements) {
            text.append("    ").append(statement.replace("\n", "\n    ")).append('\n');
        }
    }

    private static List<String> statements(String dump) {
        List<String> statements = new ArrayList<>();
        for (String statement : dump.strip().split("\n\n")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        return statements;
    }

    /** The statements of {@code from} left after taking away, once each, those of {@code taken}. */
    private static List<String> subtract(List<String> from, List<String> taken) {
        Map<String, Integer> available = new LinkedHashMap<>();
        taken.forEach(statement -> available.merge(statement, 1, Integer::sum));
        List<String> left = new ArrayList<>();
        for (String statement : from) {
            Integer count = available.get(statement);
            if (count == null || count == 0) {
                left.add(statement);
            } else {
                available.put(statement, count - 1);
            }
        }
        return left;
    }
}
