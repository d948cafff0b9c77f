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
     * Revision {@code 002_add_deleted_status}.
     */
    public static final Migration ADD_DELETED_STATUS = Revisions0.REVISIONS[1];

    /**
     * The newest revision.
     */
    public static final Migration HEAD = ADD_DELETED_STATUS;

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
                table "" "users"
                column "id" "uuid" not null
                column "email" "character varying(255)" not null
                column "name" "text"
                column "status" "text" not null
                column "created_at" "timestamp with time zone" default "now()"
                primary key "id"
                constraint "ck_users_status" check "status IN ('ACTIVE', 'BLOCKED', 'DELETED')"
                constraint "pk_users" primary key "id"
                constraint "uq_users_email" unique "email"
                """);
    }

    /**
     * Revisions 1 to 2, in chain order.
     */
    private static final class Revisions0 {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:5830129b9b881601e5586a75f5e782ace8b1e998448fa5a673f08ba5432df5f6", "sha256:67bbfdeb09de8f1edf80523f68dc71e5f096ab99c555a995536d220ac7eaecbe", "sha256:be195d0f0c23a23ac11fd8ac477a5f6ecee13acbe91543529d968087dfe3261d"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_add_deleted_status", "001_initial_schema", "status DELETED", "sha256:b0442e71f9f2f671da91b2a11d69082934910694f2531d8d713fea3b9c9638c4", "sha256:95a0dd5afd7e0883c2a1fdbe7118848f3a8144001846846ca5a12ee9b8e91e72", "sha256:30a875aa3f56b3d13fc74e2ffc9ec08acc43ced693e3c1c294a71b580e0ac26f"),
        };

        private Revisions0() {
        }
    }
}
