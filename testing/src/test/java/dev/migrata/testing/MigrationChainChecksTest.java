package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.MigrationChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each check passes on a good chain and fails, naming the revision and the difference, on a broken one. */
class MigrationChainChecksTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static MigrationChainChecks checks(MigrationChain chain) {
        return new MigrationChainChecks(chain, db);
    }

    @Test
    void aGoodChainPassesEveryCheck() {
        MigrationChainChecks checks = checks(KitChains.good());
        checks.singleHead();
        checks.stairway();
        checks.headMatchesSchema();
        checks.baseLeavesNothing();
    }

    @Test
    void singleHeadNamesTheBranch() {
        AssertionError failure = assertThrows(
                AssertionError.class, () -> checks(KitChains.twoHeads()).singleHead());
        assertEquals(
                "Chain kit is not a single line of revisions:\n"
                        + "  revision 001_users is the parent of more than one revision, the second being 003_sibling:"
                        + " a branch\n"
                        + "  revision 003_sibling names parent 001_users but follows 002_tags in the chain\n"
                        + "  2 heads (revisions no other revision names as parent): 002_tags, 003_sibling",
                failure.getMessage());
    }

    @Test
    void stairwayNamesTheRevisionWhoseDowngradeLeavesSomethingBehind() {
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> checks(KitChains.downgradeLeavesAType()).stairway());
        assertEquals(
                "Revision 002_tags: its downgrade does not restore the catalog of 001_users\n"
                        + "left behind:\n"
                        + "    CREATE TYPE public.tag_colour AS ENUM (\n"
                        + "        'red',\n"
                        + "        'blue'\n"
                        + "    );",
                failure.getMessage());
    }

    @Test
    void stairwayNamesTheRevisionWhoseDowngradeFails() {
        AssertionError failure = assertThrows(
                AssertionError.class, () -> checks(KitChains.downgradeFails()).stairway());
        assertTrue(
                failure.getMessage().startsWith("Revision 002_tags: downgrade to 001_users failed: "),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("DROP TABLE tag"), failure.getMessage());
    }

    @Test
    void headMatchesSchemaPrintsTheDrift() {
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> checks(KitChains.headSchemaDiffersFromSql()).headMatchesSchema());
        assertEquals(
                "Head revision 002_tags: the catalog its revisions build differs from the head schema the code"
                        + " declares\n"
                        + "MISSING_COLUMN users.name: expected text, found none",
                failure.getMessage());
    }

    @Test
    void baseLeavesNothingSaysWhatIsLeft() {
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> checks(KitChains.downgradeLeavesAType()).baseLeavesNothing());
        assertEquals(
                "Downgrading from head revision 002_tags to base does not leave an empty database\n"
                        + "left behind:\n"
                        + "    CREATE TYPE public.tag_colour AS ENUM (\n"
                        + "        'red',\n"
                        + "        'blue'\n"
                        + "    );",
                failure.getMessage());
    }

    @Test
    void theChecksThatPassOnABrokenChainStillPass() {
        // Each check catches its own fault: a downgrade that leaves a type behind builds the head schema.
        checks(KitChains.downgradeLeavesAType()).headMatchesSchema();
        checks(KitChains.headSchemaDiffersFromSql()).stairway();
    }

    @Test
    void everyCheckDropsTheDatabaseItCreated() throws Exception {
        String count = "SELECT count(*) FROM pg_database WHERE datname LIKE '" + db.databaseName() + "%'";
        String before = db.queryForString(count);
        assertThrows(
                AssertionError.class, () -> checks(KitChains.downgradeFails()).stairway());
        checks(KitChains.good()).headMatchesSchema();
        assertEquals(before, db.queryForString(count));
    }
}
