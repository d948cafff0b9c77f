package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_score_to_integer}, generated from {@link ScoreToInteger}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class ScoreToIntegerMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_score_to_integer";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "score becomes a number";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:c9bf8dea7378a525e822072f02fd9a1d159f0c652d9bf5dc7c467385ef3192e4";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:668cecc2ab36b51613ffeb4b81015e8db07123d3f6698b1f30b792b5cd03c7c7";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users ALTER COLUMN score TYPE integer USING score::integer")
                .locks("ACCESS EXCLUSIVE on users; rewrites it and its indexes, reads and writes wait"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users ALTER COLUMN score TYPE text USING score::text")
                .locks("ACCESS EXCLUSIVE on users; rewrites it and its indexes, reads and writes wait"));

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
