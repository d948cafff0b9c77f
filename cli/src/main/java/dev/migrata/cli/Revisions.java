package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import java.util.Optional;

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
}
