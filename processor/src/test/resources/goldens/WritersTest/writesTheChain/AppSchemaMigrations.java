package app;

import app.revisions.BackfillMigration;
import dev.migrata.runtime.DeferredMigration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.SchemaDefinition;
import java.util.List;
import java.util.function.IntFunction;
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

    private static final IntFunction<Migration> REVISION_CLASSES = new RevisionClasses();

    /**
     * Revision {@code 001_initial_schema}; {@link InitialSchemaMigration} is loaded when its statements are.
     */
    public static final Migration INITIAL_SCHEMA = new DeferredMigration(
            InitialSchemaMigration.ID,
            null,
            InitialSchemaMigration.MESSAGE,
            InitialSchemaMigration.CHECKSUM,
            InitialSchemaMigration.CHAIN_CHECKSUM,
            REVISION_CLASSES,
            0);

    /**
     * Revision {@code 002_backfill}; {@link BackfillMigration} is loaded when its statements are.
     */
    public static final Migration BACKFILL = new DeferredMigration(
            BackfillMigration.ID,
            BackfillMigration.PARENT_ID,
            BackfillMigration.MESSAGE,
            BackfillMigration.CHECKSUM,
            BackfillMigration.CHAIN_CHECKSUM,
            REVISION_CLASSES,
            1);

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
                table "" "documents"
                column "id" "bigint" not null identity
                column "owner_id" "uuid" not null
                column "price" "numeric(10,2)"
                column "embedding" "vector(768)"
                primary key "id"
                index "ix_documents_embedding" "hnsw" "embedding" opclass "vector_cosine_ops" with "ef_construction" "64" with "m" "16"
                index "ix_documents_owner_id" "btree" "owner_id" where "owner_id IS NOT NULL"
                constraint "fk_documents_owner_id_users" foreign key "owner_id" references "" "users" "id" on delete "CASCADE" on update "NO ACTION"
                constraint "pk_documents" primary key "id"
                """,
                """
                table "" "users"
                column "id" "uuid" not null
                column "email" "character varying(255)" not null
                column "full_name" "text"
                column "status" "text" not null default "'ACTIVE'"
                column "created_at" "timestamp with time zone" default "now()"
                primary key "id"
                constraint "ck_users_status" check "status IN ('ACTIVE', 'BLOCKED')"
                constraint "pk_users" primary key "id"
                constraint "uq_users_email" unique "email"
                """);
    }

    /**
     * Creates each revision's generated class when its statements are first needed.
     */
    private static final class RevisionClasses implements IntFunction<Migration> {
        @Override
        public Migration apply(int position) {
            return switch (position) {
                case 0 -> new InitialSchemaMigration();
                case 1 -> new BackfillMigration();
                default -> throw new IllegalArgumentException("No revision at position " + position);
            };
        }
    }
}
