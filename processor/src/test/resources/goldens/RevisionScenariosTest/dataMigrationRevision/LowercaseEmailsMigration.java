package app;

import dev.migrata.runtime.DataMigration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_lowercase_emails}, generated from {@link LowercaseEmails}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class LowercaseEmailsMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_lowercase_emails";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "lower-case emails";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:83a308ae3a0984f0c68f1816d686ec19b4ffbfca4a84a8ea704cc8920e30ebe5";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:f4eb23f34cca76953265e303a6a6a39195c558f51304e2248ce416a99601f375";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.java(1, "app.LowercaseEmails"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.java(1, "app.LowercaseEmails"));

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
        return Optional.of(new LowercaseEmails());
    }
}
