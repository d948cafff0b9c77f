package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 001_initial_schema}, generated from {@link InitialSchema}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class InitialSchemaMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "initial schema";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:9a3f4bb0d88f2b7e24176425acaf5003e9b9db860d4b05bb5dfaf2ace43884bd";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:e60b6c90fee5938214b481266688e9e82b4a2ff357a9894e5f051fd7c52d9976";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("""
            CREATE TABLE users (
                id uuid NOT NULL,
                email varchar(255) NOT NULL,
                name text,
                created_at timestamptz DEFAULT now(),
                CONSTRAINT pk_users PRIMARY KEY (id),
                CONSTRAINT uq_users_email UNIQUE (email)
            )\
            """)
                .locks("ACCESS EXCLUSIVE on users; new table, nothing else waits"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("DROP TABLE users")
                .locks("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> parentId() {
        return Optional.empty();
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
