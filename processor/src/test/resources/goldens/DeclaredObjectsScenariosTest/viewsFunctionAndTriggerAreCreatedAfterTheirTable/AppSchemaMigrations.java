package app;

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
     * The newest revision.
     */
    public static final Migration HEAD = INITIAL_SCHEMA;

    private static final List<Migration> MIGRATIONS = List.of(INITIAL_SCHEMA);

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
     * Creates each revision's generated class when its statements are first needed.
     */
    private static final class RevisionClasses implements IntFunction<Migration> {
        @Override
        public Migration apply(int position) {
            return switch (position) {
                case 0 -> new InitialSchemaMigration();
                default -> throw new IllegalArgumentException("No revision at position " + position);
            };
        }
    }
}
