package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.SchemaDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The migration chain of schema {@code app_schema}, declared by {@link AppSchema}: every revision, root first.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class AppSchemaMigrations implements MigrationChain {
    /**
     * The schema's name.
     */
    public static final String NAME = "app_schema";

    /**
     * Revision {@code 001_initial_schema}.
     */
    public static final Migration INITIAL_SCHEMA = new InitialSchemaMigration();

    /**
     * Revision {@code 002_add_embedding}.
     */
    public static final Migration ADD_EMBEDDING = new AddEmbeddingMigration();

    /**
     * The newest revision.
     */
    public static final Migration HEAD = ADD_EMBEDDING;

    private static final List<Migration> MIGRATIONS = List.of(INITIAL_SCHEMA, ADD_EMBEDDING);

    /**
     * For {@link java.util.ServiceLoader}; application code calls {@link #chain()}.
     */
    public AppSchemaMigrations() {
    }

    /**
     * The chain, to pass to the migrator.
     */
    public static MigrationChain chain() {
        return new AppSchemaMigrations();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Migration> migrations() {
        return MIGRATIONS;
    }

    @Override
    public Migration head() {
        return HEAD;
    }

    @Override
    public SchemaDefinition headSchema() {
        return new SchemaDefinition(List.of(documentsTable(), usersTable()));
    }

    private static SchemaDefinition.Table documentsTable() {
        return new SchemaDefinition.Table(
            "",
            "documents",
            List.of(
                new SchemaDefinition.Column("id", "bigint", false, null, true),
                new SchemaDefinition.Column("title", "text", false, null, false),
                new SchemaDefinition.Column("embedding", "vector(3)", true, null, false)),
            List.of("id"),
            List.of(
                new SchemaDefinition.Index("ix_documents_embedding", false, "hnsw", List.of("embedding"))),
            List.of(
                new SchemaDefinition.Constraint("pk_documents", SchemaDefinition.Kind.PRIMARY_KEY)));
    }

    private static SchemaDefinition.Table usersTable() {
        return new SchemaDefinition.Table(
            "",
            "users",
            List.of(
                new SchemaDefinition.Column("id", "uuid", false, null, false),
                new SchemaDefinition.Column("email", "character varying(255)", false, null, false),
                new SchemaDefinition.Column("name", "text", true, null, false),
                new SchemaDefinition.Column("created_at", "timestamp with time zone", true, "now()", false)),
            List.of("id"),
            List.of(),
            List.of(
                new SchemaDefinition.Constraint("pk_users", SchemaDefinition.Kind.PRIMARY_KEY),
                new SchemaDefinition.Constraint("uq_users_email", SchemaDefinition.Kind.UNIQUE)));
    }
}
