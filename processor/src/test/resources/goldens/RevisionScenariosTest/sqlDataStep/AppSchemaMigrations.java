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
     * Revision {@code 002_backfill}.
     */
    public static final Migration BACKFILL = new BackfillMigration();

    /**
     * The newest revision.
     */
    public static final Migration HEAD = BACKFILL;

    private static final List<Migration> MIGRATIONS = List.of(INITIAL_SCHEMA, BACKFILL);

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
        return SchemaDefinition.parse(
                """
                table "" "users"
                column "id" "uuid" not null
                column "email" "character varying(255)" not null
                column "name" "text"
                column "created_at" "timestamp with time zone" default "now()"
                primary key "id"
                constraint "pk_users" primary key
                constraint "uq_users_email" unique
                """);
    }
}
