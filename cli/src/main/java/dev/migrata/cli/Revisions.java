package dev.migrata.cli;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Naming and finding revisions of a chain the way Alembic prints them. */
final class Revisions {

    static final String BASE = "<base>";

    private Revisions() {}

    /** {@code 004_embedding_index (head)}, or {@code <base> (nothing applied)}. */
    static String describeCurrent(Migrator migrator) {
        Optional<String> current = migrator.current();
        if (current.isEmpty()) {
            return BASE + " (nothing applied)";
        }
        return current.get() + (current.get().equals(migrator.chain().head().id()) ? " (head)" : "");
    }

    /**
     * The revision named by {@code head}, an id or a unique prefix of one.
     *
     * @throws CliFailure for an unknown or ambiguous name
     */
    static Migration find(MigrationChain chain, String name) {
        List<Migration> all = chain.migrations();
        if (name.equalsIgnoreCase("head")) {
            return chain.head();
        }
        for (Migration revision : all) {
            if (revision.id().equals(name)) {
                return revision;
            }
        }
        List<Migration> matches = all.stream()
                .filter(m -> !name.isEmpty() && m.id().startsWith(name))
                .collect(Collectors.toList());
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new CliFailure("No revision '" + name + "' in chain " + chain.name() + "; its revisions are "
                    + all.stream().map(Migration::id).collect(Collectors.joining(", ")));
        }
        throw new CliFailure("Revision prefix '" + name + "' is ambiguous in chain " + chain.name() + ": it matches "
                + matches.stream().map(Migration::id).collect(Collectors.joining(", ")) + "; give more of the id");
    }
}
