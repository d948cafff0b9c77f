package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_drop_name}, generated from {@link DropName}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class DropNameMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_drop_name";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "drop users.name";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:5aafadcac62748533d573e7e66b5da6b52627c26c39e7bf2d488db89caea64fa";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:6ca519088f63f74c085b60446ee63195ac81f6c0e60563c0c54a08af9cc32407";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users DROP COLUMN name")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users ADD COLUMN name text")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"));

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
