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
     * Revision {@code 002_drop_name}.
     */
    public static final Migration DROP_NAME = Revisions0.REVISIONS[1];

    /**
     * The newest revision.
     */
    public static final Migration HEAD = DROP_NAME;

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
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:9a3f4bb0d88f2b7e24176425acaf5003e9b9db860d4b05bb5dfaf2ace43884bd", "sha256:e60b6c90fee5938214b481266688e9e82b4a2ff357a9894e5f051fd7c52d9976", "sha256:5e62e451bc42f47b93e0f94c4b8546e6644d54bc1e02a336c9678e66be2be617"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_drop_name", "001_initial_schema", "drop users.name", "sha256:5aafadcac62748533d573e7e66b5da6b52627c26c39e7bf2d488db89caea64fa", "sha256:6ca519088f63f74c085b60446ee63195ac81f6c0e60563c0c54a08af9cc32407", "sha256:1f1a66dd714b38e1b40de4e7facf5e11e482644f8acc62283cc1081d407a6698"),
        };

        private Revisions0() {
        }
    }
}
