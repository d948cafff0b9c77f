package app;

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
    public static final String MESSAGE = "backfill names";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:db8085756e1ea516439e1bffd403fbad7a5f661f60eae8e558d9e70f4e8bfc56";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:f12883ef03cf8eae52b571f7d30222f350ab48f26e81bfb28230f953d305fad6";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("""
            UPDATE users
               SET name = split_part(email, '@', 1)
             WHERE name IS NULL\
            """)
                .locks("not analysed (hand-written SQL)"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("UPDATE users SET name = NULL")
                .locks("not analysed (hand-written SQL)"));

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
}
