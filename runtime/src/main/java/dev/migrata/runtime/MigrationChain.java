package dev.migrata.runtime;

import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.List;

/**
 * The ordered revisions of one {@code @Schema}, generated as {@code <SchemaClass>Migrations} and
 * registered in {@code META-INF/services/dev.migrata.runtime.MigrationChain}.
 */
public interface MigrationChain {

    /** The schema's name ({@code @Schema(name)}, default the snake_case of the class name). */
    String name();

    /** Every revision, root first, head last. */
    List<Migration> migrations();

    /** The newest revision. */
    default Migration head() {
        List<Migration> all = migrations();
        return all.get(all.size() - 1);
    }

    /**
     * The schema model at the head, which {@code check()} compares a live database with. Generated
     * chains implement it; its type is in {@code dev.migrata.runtime.internal}, not API.
     */
    SchemaDefinition headSchema();
}
