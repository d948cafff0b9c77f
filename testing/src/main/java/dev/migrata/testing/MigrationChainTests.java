package dev.migrata.testing;

import dev.migrata.runtime.MigrationChain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The migration test kit: extend it, return your chain, and JUnit runs the four checks of {@link
 * MigrationChainChecks} as four tests, each on its own fresh database of the server {@link
 * TestDatabase} finds ({@code MIGRATA_TEST_DATABASE_URL}, else a container).
 *
 * <pre>{@code
 * class ShopMigrationsTest extends MigrationChainTests {
 *     @Override
 *     protected MigrationChain chain() {
 *         return ShopSchemaMigrations.chain();
 *     }
 * }
 * }</pre>
 */
public abstract class MigrationChainTests {

    /** The server the checks create their databases on; one database per test class besides. */
    @RegisterExtension
    static final TestDatabase DATABASES = new TestDatabase();

    /** Creates the test; JUnit does. */
    protected MigrationChainTests() {}

    /** The chain under test, usually the generated {@code <SchemaClass>Migrations.chain()}. */
    protected abstract MigrationChain chain();

    /** See {@link MigrationChainChecks#singleHead()}. */
    @Test
    void singleHead() {
        checks().singleHead();
    }

    /** See {@link MigrationChainChecks#stairway()}. */
    @Test
    void stairway() {
        checks().stairway();
    }

    /** See {@link MigrationChainChecks#headMatchesSchema()}. */
    @Test
    void headMatchesSchema() {
        checks().headMatchesSchema();
    }

    /** See {@link MigrationChainChecks#baseLeavesNothing()}. */
    @Test
    void baseLeavesNothing() {
        checks().baseLeavesNothing();
    }

    private MigrationChainChecks checks() {
        return new MigrationChainChecks(chain(), DATABASES);
    }
}
