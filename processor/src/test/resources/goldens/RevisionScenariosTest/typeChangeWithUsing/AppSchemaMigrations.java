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
     * Revision {@code 002_score_to_integer}.
     */
    public static final Migration SCORE_TO_INTEGER = Revisions0.REVISIONS[1];

    /**
     * The newest revision.
     */
    public static final Migration HEAD = SCORE_TO_INTEGER;

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
                column "score" "integer"
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
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:47f1c2ad6891b8e3e37acbb5df00a6c22c6494b9b39aa5e7c8d9783cb57c8e1a", "sha256:96013a80a5bbb16aec166a28fe546af48b1008de567db569bf1929b1f2e3007f", "sha256:9c4525a8909dfc2bfa584e5d87afcd15fb4430af0337982d8d5e61065a9236ed"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_score_to_integer", "001_initial_schema", "score becomes a number", "sha256:c9bf8dea7378a525e822072f02fd9a1d159f0c652d9bf5dc7c467385ef3192e4", "sha256:668cecc2ab36b51613ffeb4b81015e8db07123d3f6698b1f30b792b5cd03c7c7", "sha256:7fe98a5722b9f0619c63cfe01fa0d754b6d0b6bb9cb0d7098dce44f1f9e49757"),
        };

        private Revisions0() {
        }
    }
}
