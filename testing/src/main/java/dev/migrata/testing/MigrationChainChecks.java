package dev.migrata.testing;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The four checks of a migration chain, after pytest-alembic's built-in tests. Each runs on its own
 * fresh database of the {@link TestDatabase}'s server, dropped afterwards, and fails with an {@link
 * AssertionError} that names the revision and the difference:
 *
 * <ul>
 *   <li>{@link #singleHead()}: the revisions form one line, from one root to one head;
 *   <li>{@link #stairway()}: from an empty database, every revision upgrades, downgrades back to
 *       exactly the catalog before it, and upgrades again;
 *   <li>{@link #headMatchesSchema()}: at the head, {@link Migrator#check()} finds no drift between
 *       the catalog the revisions build and the head schema the code declares;
 *   <li>{@link #baseLeavesNothing()}: downgrading from the head to base leaves the catalog of an
 *       empty database, the history table aside.
 * </ul>
 *
 * <p>Most tests extend {@link MigrationChainTests}, which runs all four; this class is for a test
 * that picks some, or runs them against a chain built at test time:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestDatabase db = new TestDatabase();
 *
 * @Test
 * void everyRevisionRoundTrips() {
 *     new MigrationChainChecks(ShopSchemaMigrations.chain(), db).stairway();
 * }
 * }</pre>
 *
 * <p>Catalogs are compared as {@code pg_dump --schema-only} writes them, so the PostgreSQL client
 * programs must be on the PATH.
 */
public final class MigrationChainChecks {

    private final MigrationChain chain;
    private final TestDatabase databases;

    /**
     * Checks {@code chain} on fresh databases that {@code databases} creates on its server; it must be
     * registered as an extension of the running test class.
     */
    public MigrationChainChecks(MigrationChain chain, TestDatabase databases) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.databases = Objects.requireNonNull(databases, "databases");
    }

    /**
     * The chain has exactly one root (the revision without a parent) and one head (the revision no
     * other revision names as its parent), every parent is a revision of the chain, and every
     * revision follows its parent, so upgrade and downgrade have one way to go. Needs no database.
     *
     * @throws AssertionError naming the revisions that break the line
     */
    public void singleHead() {
        List<Migration> revisions = chain.migrations();
        if (revisions.isEmpty()) {
            throw new AssertionError("Chain " + chain.name() + " has no revisions");
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Migration revision : revisions) {
            if (!ids.add(revision.id())) {
                problems.add("revision " + revision.id() + " appears twice");
            }
        }
        List<String> roots = new ArrayList<>();
        Set<String> parents = new LinkedHashSet<>();
        String previous = null;
        for (Migration revision : revisions) {
            String parent = revision.parentId().orElse(null);
            if (parent == null) {
                roots.add(revision.id());
            } else if (!ids.contains(parent)) {
                problems.add(
                        "revision " + revision.id() + " names parent " + parent + ", which the chain does not have");
            } else if (!parents.add(parent)) {
                problems.add("revision " + parent + " is the parent of more than one revision, the second being "
                        + revision.id() + ": a branch");
            }
            if (parent != null && previous != null && !parent.equals(previous) && ids.contains(parent)) {
                problems.add("revision " + revision.id() + " names parent " + parent + " but follows " + previous
                        + " in the chain");
            }
            previous = revision.id();
        }
        if (roots.size() != 1) {
            problems.add(
                    roots.isEmpty()
                            ? "no revision is a root (every revision names a parent)"
                            : roots.size() + " roots (revisions without a parent): " + String.join(", ", roots));
        }
        List<String> heads = revisions.stream()
                .map(Migration::id)
                .filter(id -> !parents.contains(id))
                .toList();
        if (heads.size() != 1) {
            problems.add(
                    heads.size() + " heads (revisions no other revision names as parent): " + String.join(", ", heads));
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Chain " + chain.name() + " is not a single line of revisions:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * From an empty database, each revision in turn is upgraded to, downgraded to its parent (or
     * base) and upgraded to again. After the downgrade the catalog must equal the one before the
     * upgrade, and after the second upgrade the one after the first.
     *
     * @throws AssertionError naming the first revision whose upgrade or downgrade fails, or whose
     *     downgrade does not restore the previous catalog, with the statements that differ
     */
    public void stairway() {
        onFreshDatabase(database -> {
            Migrator migrator = migrator(database);
            String before = dump(database);
            for (Migration revision : chain.migrations()) {
                String below = revision.parentId().orElse("base");
                run(revision, "upgrade", () -> migrator.upgrade(revision.id()));
                String after = dump(database);
                run(revision, "downgrade to " + below, () -> migrator.downgrade(below));
                SchemaDumpDifference restored = SchemaDumpDifference.between(before, dump(database));
                if (!restored.isEmpty()) {
                    throw new AssertionError("Revision " + revision.id() + ": its downgrade does not restore the"
                            + " catalog of " + below + "\n"
                            + restored.describe("left behind", "not restored"));
                }
                run(revision, "upgrade after its downgrade", () -> migrator.upgrade(revision.id()));
                SchemaDumpDifference again = SchemaDumpDifference.between(after, dump(database));
                if (!again.isEmpty()) {
                    throw new AssertionError("Revision " + revision.id() + ": upgrading to it again, after its"
                            + " downgrade, builds another catalog than the first time\n"
                            + again.describe("only the second time", "only the first time"));
                }
                before = after;
            }
        });
    }

    /**
     * After upgrading an empty database to the head, {@link Migrator#check()} reports no drift: the
     * SQL of the revisions builds what the head schema declares.
     *
     * @throws AssertionError naming the head revision, with the drift report
     */
    public void headMatchesSchema() {
        onFreshDatabase(database -> {
            Migrator migrator = migrator(database);
            Migration head = chain.head();
            run(head, "upgrade from base", () -> migrator.upgrade("head"));
            DriftReport drift = migrator.check();
            if (!drift.isClean()) {
                throw new AssertionError("Head revision " + head.id() + ": the catalog its revisions build differs"
                        + " from the head schema the code declares\n" + drift);
            }
        });
    }

    /**
     * Upgrading an empty database to the head and downgrading it to base leaves the catalog of the
     * empty database; only the history table may remain.
     *
     * @throws AssertionError naming the head revision, with what is left and what is gone
     */
    public void baseLeavesNothing() {
        onFreshDatabase(database -> {
            Migrator migrator = migrator(database);
            Migration head = chain.head();
            String empty = dump(database);
            run(head, "upgrade from base", () -> migrator.upgrade("head"));
            run(head, "downgrade to base", () -> migrator.downgrade("base"));
            SchemaDumpDifference left = SchemaDumpDifference.between(empty, dump(database));
            if (!left.isEmpty()) {
                throw new AssertionError("Downgrading from head revision " + head.id() + " to base does not leave"
                        + " an empty database\n" + left.describe("left behind", "gone from the empty database"));
            }
        });
    }

    private interface DatabaseCheck {
        void run(String database);
    }

    private void onFreshDatabase(DatabaseCheck check) {
        String database = databases.createDatabase();
        try {
            check.run(database);
        } finally {
            databases.dropDatabase(database);
        }
    }

    private Migrator migrator(String database) {
        return Migrator.builder().url(databases.jdbcUrl(database)).chain(chain).build();
    }

    private String dump(String database) {
        return databases.schemaDump(database, Migrator.HISTORY_TABLE);
    }

    /** Runs one migrator call, turning its failure into one that names the revision and the call. */
    private static void run(Migration revision, String what, Supplier<?> call) {
        try {
            call.get();
        } catch (RuntimeException e) {
            throw new AssertionError("Revision " + revision.id() + ": " + what + " failed: " + e.getMessage(), e);
        }
    }
}
