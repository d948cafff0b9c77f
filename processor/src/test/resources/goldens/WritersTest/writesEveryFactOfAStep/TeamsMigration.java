package app;

import dev.migrata.runtime.DataMigration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 004_teams}, generated from {@link Teams}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class TeamsMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "004_teams";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "003";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "teams";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:1";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:2";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("CREATE EXTENSION IF NOT EXISTS vector")
                .createsExtension("vector"),
        MigrationStep.transactional("ALTER TABLE users ADD CONSTRAINT fk_users_team_id_teams FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID")
                .locks("ACCESS EXCLUSIVE on \"users\"; */ static { System.exit(42); } /* \\ \u2028 end"),
        MigrationStep.java(1, "app.Teams"),
        MigrationStep.inTransaction(2, "ALTER TABLE users VALIDATE CONSTRAINT fk_users_team_id_teams")
                .locks("SHARE UPDATE EXCLUSIVE on users; scans it, writes continue"),
        MigrationStep.rerunnable("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_team_id ON users (team_id)")
                .buildsIndex("ix_users_team_id")
                .locks("SHARE UPDATE EXCLUSIVE on users; writes continue"),
        MigrationStep.nonTransactional("VACUUM ANALYZE users"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_users_team_id")
                .buildsIndex("ix_users_team_id"),
        MigrationStep.java(1, "app.Teams"),
        MigrationStep.transactional("ALTER TABLE users DROP CONSTRAINT fk_users_team_id_teams"));

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
        return Optional.of(new Teams());
    }
}
