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
     * Revision {@code 002_add_documents}.
     */
    public static final Migration ADD_DOCUMENTS = Revisions0.REVISIONS[1];

    /**
     * The newest revision.
     */
    public static final Migration HEAD = ADD_DOCUMENTS;

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
                column "title" "text" not null
                primary key "id"
                constraint "fk_documents_owner_id_users" foreign key "owner_id" references "" "users" "id" on delete "NO ACTION" on update "NO ACTION"
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
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:9a3f4bb0d88f2b7e24176425acaf5003e9b9db860d4b05bb5dfaf2ace43884bd", "sha256:e60b6c90fee5938214b481266688e9e82b4a2ff357a9894e5f051fd7c52d9976", "sha256:5e62e451bc42f47b93e0f94c4b8546e6644d54bc1e02a336c9678e66be2be617"),
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "002_add_documents", "001_initial_schema", "documents", "sha256:ba54295bad76f22f91dbf868fbd2bfe4d782ef849d9f16494ce5c186e0a2efd9", "sha256:adf5afe2dd4fd6981268e4638490d6ae40edc755ddc2e0338c80c68495a9cdc0", "sha256:f8abbe18d1f81d722a8d1e9a02ed2b6c9655df0f0122d4ed31cf92efad3b2c5d"),
        };

        private Revisions0() {
        }
    }
}
