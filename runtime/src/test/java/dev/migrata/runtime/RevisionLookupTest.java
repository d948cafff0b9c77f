package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Migrator#revision}: naming one revision without a database, as targets are named. */
class RevisionLookupTest {

    private final TestChain chain = SampleChain.standard();
    private final List<String> ids =
            chain.migrations().stream().map(Migration::id).toList();

    @Test
    void headIdAndUniquePrefixNameOneRevision() {
        assertEquals(ids.get(ids.size() - 1), Migrator.revision(chain, "head").id());
        assertEquals(ids.get(1), Migrator.revision(chain, ids.get(1)).id());
        assertEquals(
                ids.get(1),
                Migrator.revision(chain, " " + ids.get(1).substring(0, 3) + " ").id());
    }

    @Test
    void unknownAndAmbiguousNamesAreRefusedWithTheChainsRevisions() {
        MigrationException unknown = assertThrows(MigrationException.class, () -> Migrator.revision(chain, "999"));
        assertEquals(MigrationException.Reason.UNKNOWN_TARGET, unknown.reason());
        assertTrue(unknown.getMessage().endsWith(String.join(", ", ids) + " (or use head)"), unknown.getMessage());

        MigrationException ambiguous = assertThrows(MigrationException.class, () -> Migrator.revision(chain, "00"));
        assertEquals(MigrationException.Reason.AMBIGUOUS_TARGET, ambiguous.reason());
        // base names no revision: it is the state before the first one.
        assertEquals(
                MigrationException.Reason.UNKNOWN_TARGET,
                assertThrows(MigrationException.class, () -> Migrator.revision(chain, "base"))
                        .reason());
    }
}
