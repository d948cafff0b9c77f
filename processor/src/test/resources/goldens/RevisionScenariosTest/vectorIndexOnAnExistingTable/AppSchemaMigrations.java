package app;

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
     * Revision {@code 002_add_embedding}.
     */
    public static final Migration ADD_EMBEDDING = Revisions0.REVISIONS[1];

    /**
     * The newest revision.
     */
    public static final Migration HEAD = ADD_EMBEDDING;

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
                column "title" "text" not null
                column "embedding" "vector(3)"
                primary key "id"
                index "ix_documents_embedding" "hnsw" "embedding" opclass "vector_cosine_ops" with "ef_construction" "64" with "m" "16"
                constraint "pk_documents" primary key "id"
                """,
                """
                table "" "users"
                column "id" "uuid" not null
                column "email" "character varying(255)" not null
                column "name" "text"
                column "created_at" "timestamp with time zone" default "now()"
                primary key "id"
                constraint "pk_users" primary key "id"
                constraint "uq_users_email" unique "email"
                """);
    }

    /**
     * Revisions 1 to 2, in chain order.
     */
    private static final class Revisions0 {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:fd2c8a66808fec2d454e749a376d28976f9b71e2ab2ee459f506eeffa7a80f32", "sha256:d168f78d1f02b3905220e5c7dc6410d3b68da954988be3a3a7ba847dec95ead3", "sha256:a2c0cde35e000350f39100fe833e3c602b7ae8facdd5f0eba5e1920ed415ceb3"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_add_embedding", "001_initial_schema", "embeddings and their HNSW index", "sha256:87afba169d65f5d57b9b19f1870b071a3669c472fef49e629e7d8e34a768a937", "sha256:2308b84f9d4d7f10400cc00069a7bdae486b5877021249f34d8a014f438ab551", "sha256:513c5e2dc2c6605849b35d90edd0279ae464b5c6b064be5be33d218f4c06673f"),
        };

        private Revisions0() {
        }
    }
}
