package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The revisions generated chains list: identity up front, the generated class on first use. */
class DeferredMigrationTest {

    private static final List<MigrationStep> UP = List.of(MigrationStep.transactional("CREATE TABLE t (id int)"));
    private static final TestChain.Revision ROOT = new TestChain.Revision(
            "001_root", Optional.empty(), "root", "sha256:1", "sha256:c1", UP, List.of(), Optional.empty());

    @Test
    void createsTheClassOnceAndOnlyForItsStatements() {
        AtomicInteger created = new AtomicInteger();
        DeferredMigration deferred = new DeferredMigration(
                "001_root",
                null,
                "root",
                "sha256:1",
                "sha256:c1",
                p -> {
                    created.incrementAndGet();
                    assertEquals(0, p);
                    return ROOT;
                },
                0);
        assertEquals("001_root", deferred.id());
        assertEquals("sha256:c1", deferred.chainChecksum());
        assertTrue(deferred.parentId().isEmpty());
        assertEquals(0, created.get());
        assertSame(UP, deferred.upgradeSteps());
        assertEquals(List.of(), deferred.downgradeSteps());
        assertTrue(deferred.dataMigration().isEmpty());
        assertEquals(1, created.get());
    }

    @Test
    void refusesAClassThatDisagreesWithTheChain() {
        DeferredMigration stale =
                new DeferredMigration("001_root", null, "root", "sha256:other", "sha256:c1", p -> ROOT, 0);
        MigrationException refused = assertThrows(MigrationException.class, stale::upgradeSteps);
        assertEquals(MigrationException.Reason.INVALID_CHAIN, refused.reason());
        assertTrue(
                refused.getMessage().startsWith("Revision 001_root at position 0 of its chain does not match"),
                refused.getMessage());
    }
}
