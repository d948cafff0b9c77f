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
     * The newest revision.
     */
    public static final Migration HEAD = INITIAL_SCHEMA;

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
                table "" "notes"
                column "id" "bigint" not null
                column "title" "text"
                column "score" "integer" not null
                column "updated_at" "timestamp with time zone" not null default "now()"
                primary key "id"
                constraint "pk_notes" primary key "id"
                """,
                """
                view "note_titles" "SELECT id, title, score FROM notes WHERE score > 0"
                materialized view "note_scores" "SELECT score, count(*) AS n FROM notes GROUP BY score"
                view "top_notes" "SELECT id, title FROM note_titles WHERE score > 10"
                function "set_updated_at" "" "trigger" "plpgsql" "BEGIN NEW.updated_at = now(); RETURN NEW; END"
                trigger "notes_updated_at" on "" "notes" "BEFORE" row "set_updated_at" "OLD.* IS DISTINCT FROM NEW.*" events "UPDATE"
                """);
    }

    /**
     * Revisions 1 to 1, in chain order.
     */
    private static final class Revisions0 {
        static final Migration[] REVISIONS = {
            new RevisionResource(AppSchemaMigrations.class, "app_schema", "001_initial_schema", null, "initial schema", "sha256:4e54270b4dd6b5173b9806c21ed318d3689a42ebf4e28af650d63a6ad4793fb1", "sha256:8b2d129594ffdf85f85e1ea25dcacdfd0ba21a560232d83ec71e101bf9ab7842", "sha256:574135b3ad80a1266ab2590e500b716124a8387a56ee246fb32333096f7a5ef0"),
        };

        private Revisions0() {
        }
    }
}
