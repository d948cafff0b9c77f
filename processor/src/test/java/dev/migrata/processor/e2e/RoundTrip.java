package dev.migrata.processor.e2e;

import static dev.migrata.processor.e2e.ChainDatabases.assertClean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.util.function.UnaryOperator;

/**
 * The acceptance round trip of a head revision on a database of its own: the chain is applied up to
 * the parent revision, the parent's schema is dumped ({@code pg_dump --schema-only}), the head is
 * applied, {@code check()} must find no drift, and the downgrade to the parent must give the
 * parent's dump again, exactly — but for what the test names as left behind by design (a label
 * PostgreSQL cannot drop, an extension other schemas may use).
 *
 * <pre>{@code
 * RoundTrip.of(server, compilation, "001_initial_schema")
 *         .atParent((url, migrator) -> execute(url, "INSERT ..."))
 *         .atHead((url, migrator) -> assertEquals(..., query(url, "...")))
 *         .run();
 * }</pre>
 */
final class RoundTrip {

    private static final ChainDatabases.DatabaseWork NOTHING = (url, migrator) -> {};

    private final TestDatabase server;
    private final Compilation compilation;
    private final String parent;
    private ChainDatabases.DatabaseWork atParent = NOTHING;
    private ChainDatabases.DatabaseWork atHead = NOTHING;
    private ChainDatabases.DatabaseWork afterDowngrade = NOTHING;
    private UnaryOperator<String> leftBehind = UnaryOperator.identity();

    private RoundTrip(TestDatabase server, Compilation compilation, String parent) {
        this.server = server;
        this.compilation = compilation;
        this.parent = parent;
    }

    /**
     * The round trip of the compiled chain's head back to {@code parent}: a revision id, or
     * {@code base} when the head is the root revision.
     */
    static RoundTrip of(TestDatabase server, Compilation compilation, String parent) {
        return new RoundTrip(server, compilation, parent);
    }

    /** Runs at the parent revision, before its schema is dumped: rows for the head's revision to meet. */
    RoundTrip atParent(ChainDatabases.DatabaseWork work) {
        this.atParent = work;
        return this;
    }

    /** Runs at the head, once {@code check()} has found no drift: what the head's schema must do. */
    RoundTrip atHead(ChainDatabases.DatabaseWork work) {
        this.atHead = work;
        return this;
    }

    /** Runs after the downgrade and the comparison of the dumps: what must have survived it (rows). */
    RoundTrip afterDowngrade(ChainDatabases.DatabaseWork work) {
        this.afterDowngrade = work;
        return this;
    }

    /**
     * What the downgrade leaves in place by design: given the parent's dump, the dump expected after
     * the downgrade.
     */
    RoundTrip leavesBehind(UnaryOperator<String> parentDumpAfterDowngrade) {
        this.leftBehind = parentDumpAfterDowngrade;
        return this;
    }

    void run() throws Exception {
        MigrationChain chain = (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            Migrator migrator = Migrator.builder().url(url).chain(chain).build();
            if (parent.equals("base")) {
                // Creates the history table only, which the downgrade to base keeps.
                migrator.stamp("base");
            } else {
                migrator.upgrade(parent);
            }
            atParent.run(url, migrator);
            String parentSchema = server.schemaDump(database);
            migrator.upgrade("head");
            assertClean(migrator.check());
            atHead.run(url, migrator);
            migrator.downgrade(parent);
            assertEquals(
                    leftBehind.apply(parentSchema),
                    server.schemaDump(database),
                    "the downgrade to " + parent + " restores its schema");
            afterDowngrade.run(url, migrator);
        } finally {
            server.dropDatabase(database);
        }
    }
}
