package dev.migrata.sample.schema;

import dev.migrata.annotations.RenameColumn;
import dev.migrata.annotations.Revision;
import dev.migrata.runtime.DataMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The revision chain, oldest first. Each class names its parent by class literal; the ids are what
 * the database stores and never change.
 */
public final class Revisions {
    private Revisions() {}

    /** Users and the materials they study. */
    @Revision(id = "001_initial_schema", message = "users and materials")
    public static final class InitialSchema {}

    /** Crystal structures with embeddings. */
    @Revision(id = "002_structures", parent = InitialSchema.class, message = "crystal structures with embeddings")
    public static final class AddStructures {}

    /** Simulation jobs and their results. */
    @Revision(id = "003_simulations", parent = AddStructures.class, message = "simulation jobs and results")
    public static final class AddSimulations {}

    /**
     * Renames {@code users.name} to {@code full_name} (a rename is never guessed: without the
     * annotation javac fails and prints it), then fills the names nobody gave from the e-mail
     * address, in Java, in the same transaction.
     */
    @Revision(
            id = "004_full_names",
            parent = AddSimulations.class,
            message = "rename users.name to full_name and backfill it")
    @RenameColumn(table = "users", from = "name", to = "full_name")
    public static final class RenameUserName implements DataMigration {
        @Override
        public void upgrade(Connection connection) throws SQLException {
            try (PreparedStatement backfill = connection.prepareStatement(
                    "UPDATE users SET full_name = initcap(replace(split_part(email, '@', 1), '.', ' '))"
                            + " WHERE full_name IS NULL")) {
                backfill.executeUpdate();
            }
        }

        @Override
        public void downgrade(Connection connection) {
            // The backfilled names are harmless in the old column: nothing to undo.
        }
    }

    /** Workflow templates, a job's template, and cancellable jobs. */
    @Revision(id = "005_workflows", parent = RenameUserName.class, message = "workflow templates and cancellable jobs")
    public static final class AddWorkflows {}

    /** The HNSW index for nearest-neighbour search, built CONCURRENTLY on the existing table. */
    @Revision(id = "006_embedding_index", parent = AddWorkflows.class, message = "HNSW index on structure embeddings")
    public static final class AddEmbeddingIndex {}
}
