package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.internal.RevisionResource;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The migration chain of schema {@code app_schema}, declared by {@link AppSchema}: every revision, root first, each a
 * constant of this class. A revision's steps are read from its frozen file on the class path,
 * {@code META-INF/migrata/app_schema/<id>.sql}, when they are first needed, and verified against the SHA-256 compiled
 * here.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class AppSchemaMigrations implements MigrationChain, AppSchemaRevisions.Part0 {
    /**
     * The schema's name.
     */
    public static final String NAME = "app_schema";

    /**
     * The newest revision.
     */
    public static final Migration HEAD = AppSchemaRevisions.Part0.DROP_NAME;

    private static final List<Migration> MIGRATIONS = RevisionResource.chain(2, 100, AppSchemaRevisions::part);

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
        return SchemaDefinition.fromResource(AppSchemaMigrations.class, "META-INF/migrata/app_schema/head-schema.txt", "sha256:54724320773874c1a131c235ed8e55957fcae7227fec5513d84e4700d67ac634");
    }
}
