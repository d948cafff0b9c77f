package app.revisions;

import dev.migrata.runtime.DataMigration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_backfill}, generated from {@link Backfill}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class BackfillMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_backfill";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "backfill \"notes\"";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:2222";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:bbbb";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("UPDATE users SET note = 'a \\ b \"\"\" c' WHERE id IS NULL"),
        MigrationStep.transactional("""
            UPDATE users

               SET note = 'x""\""y \\\\ z', label = 'café'
            """),
        MigrationStep.transactional("SELECT 'trailing space' \n"
                    + "FROM users"),
        MigrationStep.java(1, "app.revisions.Backfill"),
        MigrationStep.nonTransactional("""
            CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding
                ON documents USING hnsw (embedding vector_cosine_ops)\
            """));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.java(1, "app.revisions.Backfill"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> parentId() {
        return Optional.of(PARENT_ID);
    }

    @Override
    public String message() {
        return MESSAGE;
    }

    @Override
    public String checksum() {
        return CHECKSUM;
    }

    @Override
    public String chainChecksum() {
        return CHAIN_CHECKSUM;
    }

    @Override
    public List<MigrationStep> upgradeSteps() {
        return UPGRADE_STEPS;
    }

    @Override
    public List<MigrationStep> downgradeSteps() {
        return DOWNGRADE_STEPS;
    }

    @Override
    public Optional<DataMigration> dataMigration() {
        return Optional.of(new Backfill());
    }
}
