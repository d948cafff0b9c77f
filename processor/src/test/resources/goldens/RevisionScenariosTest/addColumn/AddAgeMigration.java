package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_add_age}, generated from {@link AddAge}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class AddAgeMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_add_age";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "add users.age";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:48709feabf55fafed2c60ebe3173c7865551758696605e14cc8f46a527e65338";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:ba401b6a63432eaea0b99e183187cde3acb7d5fd6263d20b0844fc8e72e78771";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users ADD COLUMN age integer")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users DROP COLUMN age")
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
