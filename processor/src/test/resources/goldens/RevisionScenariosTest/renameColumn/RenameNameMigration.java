package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_rename_name}, generated from {@link RenameName}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class RenameNameMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_rename_name";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "rename users.name";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:0850ff3523da5a8479fac657b2d2b51da17dbdab63cd41bafd408c15dd582667";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:83a518836980312a670ed69441f38c343198c5727780e98da555091f3f316ce0";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users RENAME COLUMN name TO full_name")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users RENAME COLUMN full_name TO name")
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
