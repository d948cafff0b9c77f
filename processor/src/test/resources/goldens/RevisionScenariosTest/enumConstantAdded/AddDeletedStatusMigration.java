package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_add_deleted_status}, generated from {@link AddDeletedStatus}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class AddDeletedStatusMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_add_deleted_status";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "status DELETED";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:b0442e71f9f2f671da91b2a11d69082934910694f2531d8d713fea3b9c9638c4";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:95a0dd5afd7e0883c2a1fdbe7118848f3a8144001846846ca5a12ee9b8e91e72";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users DROP CONSTRAINT ck_users_status")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"),
        MigrationStep.transactional("ALTER TABLE users ADD CONSTRAINT ck_users_status CHECK (status IN ('ACTIVE', 'BLOCKED', 'DELETED')) NOT VALID")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"),
        MigrationStep.inTransaction(2, "ALTER TABLE users VALIDATE CONSTRAINT ck_users_status")
                .locks("SHARE UPDATE EXCLUSIVE on users; scans users, writes continue"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE users DROP CONSTRAINT ck_users_status")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"),
        MigrationStep.transactional("ALTER TABLE users ADD CONSTRAINT ck_users_status CHECK (status IN ('ACTIVE', 'BLOCKED')) NOT VALID")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"),
        MigrationStep.inTransaction(2, "ALTER TABLE users VALIDATE CONSTRAINT ck_users_status")
                .locks("SHARE UPDATE EXCLUSIVE on users; scans users, writes continue"));

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
