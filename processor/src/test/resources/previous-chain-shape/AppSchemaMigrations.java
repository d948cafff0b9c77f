package app;

import app.revisions.Backfill;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.internal.RevisionResource;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The migration chain of schema {@code app_schema}, declared by {@link AppSchema}: every revision, root first. Each
 * revision's steps are read from its frozen file on the class path, {@code META-INF/migrata/app_schema/<id>.sql},
 * when they are first needed, and verified against the SHA-256 compiled here.
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
    public static final Migration INITIAL_SCHEMA = Revisions0.REVISIONS[0];

    /**
     * Revision {@code 002_backfill}.
     */
    public static final Migration BACKFILL = Revisions0.REVISIONS[1];

    /**
     * The newest revision.
     */
    public static final Migration HEAD = BACKFILL;

    private static final List<Migration> MIGRATIONS = RevisionResource.chain(Revisions0.REVISIONS);

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
     * Revisions 1 to 2, in chain order.
     */
    private static final class Revisions0 {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:5bbf69ebfea33063165c685c6a41b1a849bc7edb62bd442a8e0180f741e9fc28", "sha256:1e975124539642c9ecf81f7af26d067f24abb3b72648b7e2d4ba7ff8e998174f", "sha256:c96eb6070be674ff7e9e45c48e64cd7474c8d0b004d6d47c5600d1f340422658"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_backfill", "001_initial_schema", "backfill \"notes\"", "sha256:3c1b4544d89226e8db0cb9cb1c9bbfd4e97a4c010e191767052265f82c51ec97", "sha256:7b2f0c9d073cfbf3d4ea1cc9b74e874ac5dfd7eef34fc9995ab4e5480cc604b5", "sha256:445949145dfcea01f4a411934b81ace37a86d6e5fedf687f845d4e776994857c", "app.revisions.Backfill", Backfill::new),
        };

        private Revisions0() {
        }
    }
}
