package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.internal.RevisionResource;
import dev.migrata.runtime.internal.RevisionResourceException;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A revision read from its file on the class path: its steps as the file states them, read on first
 * use, and the file refused when it is missing, is not byte for byte the compiled one, or states
 * another revision or checksum.
 */
class RevisionResourceTest {

    private static final String SCHEMA = "resource_test";
    private static final String PATH = "META-INF/migrata/resource_test/002_add_age.sql";
    private static final String CHECKSUM = "sha256:0000000000000000000000000000000000000000000000000000000000000002";

    /** A {@code DataMigration} that does nothing, counting how often it is created. */
    static final class Backfill implements DataMigration {
        static final AtomicInteger CREATED = new AtomicInteger();

        Backfill() {
            CREATED.incrementAndGet();
        }

        @Override
        public void upgrade(Connection connection) {}

        @Override
        public void downgrade(Connection connection) {}
    }

    @Test
    void readsTheStepsTheFileStates() throws IOException {
        int created = Backfill.CREATED.get();
        RevisionResource revision = revision("002_add_age", CHECKSUM, digestOfTheFile());
        assertEquals(PATH, revision.resourcePath());
        assertEquals(
                List.of(
                        MigrationStep.transactional("ALTER TABLE users ADD COLUMN age integer")
                                .locks("ACCESS EXCLUSIVE on users; briefly; no rewrite, no scan"),
                        MigrationStep.java(1, "app.Backfill"),
                        MigrationStep.rerunnable("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_age ON users (age)")
                                .buildsIndex("ix_users_age")
                                .locks("SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits"
                                        + " for older transactions")),
                revision.upgradeSteps());
        assertEquals(
                List.of(
                        MigrationStep.rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_users_age")
                                .buildsIndex("ix_users_age")
                                .locks("SHARE UPDATE EXCLUSIVE on users; briefly"),
                        MigrationStep.java(1, "app.Backfill"),
                        MigrationStep.transactional("ALTER TABLE users DROP COLUMN age")
                                .locks("ACCESS EXCLUSIVE on users; briefly; no rewrite, no scan")),
                revision.downgradeSteps());
        // Reading the steps creates no DataMigration; asking for it creates one.
        assertEquals(created, Backfill.CREATED.get());
        assertTrue(revision.dataMigration().orElseThrow() instanceof Backfill);
        assertEquals(created + 1, Backfill.CREATED.get());
    }

    @Test
    void aFileThatIsNotTheCompiledOneIsRefusedNamingItAndWhereItWasFound() throws IOException {
        String other = "sha256:" + "1".repeat(64);
        RevisionResource revision = revision("002_add_age", CHECKSUM, other);
        RevisionResourceException refused = assertThrows(RevisionResourceException.class, revision::upgradeSteps);
        assertEquals(PATH, refused.resourcePath());
        String where = getClass().getClassLoader().getResource(PATH).toString();
        assertTrue(refused.getMessage().contains(where), refused.getMessage());
        assertTrue(refused.getMessage().contains(digestOfTheFile()), refused.getMessage());
        assertTrue(refused.getMessage().contains(other), refused.getMessage());
    }

    @Test
    void theMigratorReportsARefusedFileAsAChecksumMismatch() {
        RevisionResource revision = revision("002_add_age", CHECKSUM, "sha256:" + "1".repeat(64));
        MigrationException refused = assertThrows(MigrationException.class, () -> RevisionSteps.downgrade(revision));
        assertEquals(MigrationException.Reason.CHECKSUM_MISMATCH, refused.reason());
        assertTrue(refused.getMessage().contains(PATH), refused.getMessage());
    }

    @Test
    void aMissingFileIsRefused() {
        RevisionResource revision = revision("003_missing", CHECKSUM, "sha256:" + "1".repeat(64));
        RevisionResourceException refused = assertThrows(RevisionResourceException.class, revision::downgradeSteps);
        assertTrue(
                refused.getMessage()
                        .contains("META-INF/migrata/resource_test/003_missing.sql is missing from the class path of "
                                + getClass().getName()),
                refused.getMessage());
    }

    @Test
    void aFileWhoseHeaderStatesAnotherChecksumIsRefused() throws IOException {
        String compiled = "sha256:" + "3".repeat(64);
        RevisionResource revision = revision("002_add_age", compiled, digestOfTheFile());
        RevisionResourceException refused = assertThrows(RevisionResourceException.class, revision::upgradeSteps);
        assertTrue(refused.getMessage().contains(CHECKSUM), refused.getMessage());
        assertTrue(refused.getMessage().contains(compiled), refused.getMessage());
        assertFalse(refused.getMessage().contains("is missing"), refused.getMessage());
    }

    private RevisionResource revision(String id, String checksum, String digest) {
        return new RevisionResource(
                getClass(),
                SCHEMA,
                id,
                "001_initial_schema",
                "add age",
                checksum,
                "sha256:chain",
                digest,
                "app.Backfill",
                Backfill::new);
    }

    private String digestOfTheFile() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PATH)) {
            return RevisionResource.sha256(in.readAllBytes());
        }
    }
}
