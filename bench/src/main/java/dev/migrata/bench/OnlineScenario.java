package dev.migrata.bench;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import dev.migrata.schema.sql.Checksums;
import dev.migrata.schema.sql.RevisionScript;
import dev.migrata.schema.sql.RevisionScriptGenerator;
import dev.migrata.schema.sql.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * Scenario "online": what one schema change costs an application that keeps writing to the table
 * being changed. A table of {@code rows} rows takes a steady stream of single-row inserts and updates
 * from its own connection while each operation runs twice: as the revision Migrata generates for it,
 * applied by {@link Migrator}, and as the plain statement a Flyway or Alembic user writes, in one
 * transaction. For each run the writer's longest stall (its slowest single write that overlapped
 * the operation) and p99 latency are reported.
 *
 * <p>The Migrata side is the real path: the revision's statements come from {@link
 * RevisionScriptGenerator} with the parent and target models an application's {@code @Table}
 * classes would give, with their transaction groups, and are applied by the runtime as a generated
 * chain would be. Each operation is undone (Migrata: {@code downgrade}; plain: its inverse) before
 * the next one, outside the measurement.
 */
final class OnlineScenario {

    private static final int ACCOUNTS = 10_000;
    private static final String BASE = "001_base";
    /** After the operation ends, the writer keeps going this long, so a write it blocked completes and counts. */
    private static final long SETTLE_MILLIS = 300;

    private final Server server;
    private final int rows;
    /** The id of the writer's next inserted row: above the loaded rows, never reused across runs. */
    private final AtomicLong nextId;

    OnlineScenario(Server server, int rows) {
        this.server = server;
        this.rows = rows;
        this.nextId = new AtomicLong(rows);
    }

    /** The writer's latencies while one operation ran. */
    record Measure(double operationMs, double longestStallMs, double p99Ms, int writes) {}

    /** One operation, both ways. */
    record Row(String operation, String plainSql, Measure migrata, Measure plain, List<String> migrataSteps) {}

    /** Every operation on a table of {@code rows} rows. */
    record Result(int rows, List<Row> operations) {}

    /** An operation: the target model of {@code events}, the plain statements and their inverse. */
    private record Operation(
            String name, UnaryOperator<TableModel> change, List<String> plain, List<String> plainUndo) {}

    Result run() throws Exception {
        String database = server.createDatabase("online");
        try {
            DataSource dataSource = server.dataSource(database);
            SchemaModel base = new SchemaModel(List.of(accounts(), events()));
            Migration baseRevision = revision(BASE, null, SchemaModel.EMPTY, base);
            migrator(dataSource, List.of(baseRevision)).upgrade("head");
            load(dataSource);
            List<Row> results = new ArrayList<>();
            int round = 0;
            for (Operation operation : operations()) {
                SchemaModel target = new SchemaModel(List.of(accounts(), operation.change.apply(events())));
                Migration opRevision = revision("002_" + operation.name.replace(' ', '_'), baseRevision, base, target);
                List<Migration> chain = List.of(baseRevision, opRevision);
                Measure migrata = null;
                Measure plain = null;
                // Alternate which side goes first, so the table's state (dead tuples, cache) favours neither.
                for (int side = 0; side < 2; side++) {
                    if ((side + round) % 2 == 0) {
                        migrata = measure(
                                dataSource, () -> migrator(dataSource, chain).upgrade("head"));
                        migrator(dataSource, chain).downgrade(BASE);
                    } else {
                        plain = measure(dataSource, () -> executeInTransaction(dataSource, operation.plain));
                        executeInTransaction(dataSource, operation.plainUndo);
                    }
                }
                round++;
                List<String> steps = new ArrayList<>();
                for (MigrationStep step : opRevision.upgradeSteps()) {
                    steps.add(describe(step));
                }
                results.add(new Row(operation.name, String.join("; ", operation.plain), migrata, plain, steps));
                Progress.say(
                        "online %s: Migrata stall %s ms, plain stall %s ms",
                        operation.name, Stats.ms(migrata.longestStallMs()), Stats.ms(plain.longestStallMs()));
            }
            return new Result(rows, results);
        } finally {
            server.dropDatabase(database);
        }
    }

    private static List<Operation> operations() {
        String fk = Names.foreignKey("events", List.of("account_id"), "accounts");
        String amountCheck = Names.check("events", "amount");
        String statusCheck = Names.check("events", "status");
        String index = Names.index("events", List.of("amount"));
        String unique = Names.unique("events", List.of("ref"));
        return List.of(
                new Operation(
                        "add foreign key",
                        t -> with(
                                t,
                                t.columns(),
                                t.uniques(),
                                t.checks(),
                                plus(t.foreignKeys(), accountKey(fk)),
                                t.indexes()),
                        List.of("ALTER TABLE events ADD CONSTRAINT " + fk
                                + " FOREIGN KEY (account_id) REFERENCES accounts (id)"),
                        List.of("ALTER TABLE events DROP CONSTRAINT " + fk)),
                new Operation(
                        "add check",
                        t -> with(
                                t,
                                t.columns(),
                                t.uniques(),
                                plus(t.checks(), new CheckModel(amountCheck, "amount >= 0")),
                                t.foreignKeys(),
                                t.indexes()),
                        List.of("ALTER TABLE events ADD CONSTRAINT " + amountCheck + " CHECK (amount >= 0)"),
                        List.of("ALTER TABLE events DROP CONSTRAINT " + amountCheck)),
                new Operation(
                        "add enum constant",
                        t -> with(
                                t,
                                replaceColumn(t.columns(), status(List.of("new", "paid", "void"))),
                                t.uniques(),
                                List.of(statusCheck(List.of("new", "paid", "void"))),
                                t.foreignKeys(),
                                t.indexes()),
                        List.of(
                                "ALTER TABLE events DROP CONSTRAINT " + statusCheck,
                                "ALTER TABLE events ADD CONSTRAINT " + statusCheck + " CHECK ("
                                        + statusCheck(List.of("new", "paid", "void"))
                                                .expression() + ")"),
                        List.of(
                                "ALTER TABLE events DROP CONSTRAINT " + statusCheck,
                                "ALTER TABLE events ADD CONSTRAINT " + statusCheck + " CHECK ("
                                        + statusCheck(List.of("new", "paid")).expression() + ")")),
                new Operation(
                        "set not null",
                        t -> with(
                                t,
                                replaceColumn(t.columns(), column("note", "text", false)),
                                t.uniques(),
                                t.checks(),
                                t.foreignKeys(),
                                t.indexes()),
                        List.of("ALTER TABLE events ALTER COLUMN note SET NOT NULL"),
                        List.of("ALTER TABLE events ALTER COLUMN note DROP NOT NULL")),
                new Operation(
                        "add index",
                        t -> with(
                                t,
                                t.columns(),
                                t.uniques(),
                                t.checks(),
                                t.foreignKeys(),
                                plus(
                                        t.indexes(),
                                        new IndexModel(index, List.of("amount"), false, null, null, Map.of(), null))),
                        List.of("CREATE INDEX " + index + " ON events (amount)"),
                        List.of("DROP INDEX " + index)),
                new Operation(
                        "add unique constraint",
                        t -> with(
                                t,
                                t.columns(),
                                plus(t.uniques(), new UniqueModel(unique, List.of("ref"))),
                                t.checks(),
                                t.foreignKeys(),
                                t.indexes()),
                        List.of("ALTER TABLE events ADD CONSTRAINT " + unique + " UNIQUE (ref)"),
                        List.of("ALTER TABLE events DROP CONSTRAINT " + unique)));
    }

    /** Runs {@code operation} while the writer writes; the writer's latencies that overlapped it. */
    private Measure measure(DataSource dataSource, Work operation) throws Exception {
        try (Writer writer = new Writer(dataSource, rows, nextId)) {
            writer.start();
            Thread.sleep(500);
            long started = System.nanoTime();
            operation.run();
            long ended = System.nanoTime();
            Thread.sleep(SETTLE_MILLIS);
            writer.stop();
            List<Double> overlapping = writer.latenciesOverlapping(started, ended);
            double longest =
                    overlapping.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            return new Measure((ended - started) / 1e6, longest, Stats.quantile(overlapping, 0.99), overlapping.size());
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    /**
     * Single-row writes, one after the other on one connection in autocommit, alternating an insert
     * of a new row and an update of a random existing one: an application's steady write load.
     */
    private static final class Writer implements AutoCloseable {
        private final Connection connection;
        private final int rows;
        private final List<long[]> samples = new ArrayList<>();
        private volatile boolean running = true;
        private Thread thread;
        private final AtomicLong nextId;
        private Exception failure;

        Writer(DataSource dataSource, int rows, AtomicLong nextId) throws SQLException {
            this.connection = dataSource.getConnection();
            this.rows = rows;
            this.nextId = nextId;
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET application_name = 'bench writer'");
            }
        }

        void start() {
            thread = new Thread(this::loop, "online-writer");
            thread.start();
        }

        private void loop() {
            try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO events (id, account_id, status, amount, ref, note) VALUES (?, ?, 'new', 1, ?, 'w')");
                    PreparedStatement update =
                            connection.prepareStatement("UPDATE events SET amount = amount + 1 WHERE id = ?")) {
                boolean inserting = true;
                while (running) {
                    long started = System.nanoTime();
                    if (inserting) {
                        long id = nextId.incrementAndGet();
                        insert.setLong(1, id);
                        insert.setLong(2, id % ACCOUNTS + 1);
                        insert.setLong(3, id);
                        insert.executeUpdate();
                    } else {
                        update.setLong(1, ThreadLocalRandom.current().nextLong(1, rows + 1));
                        update.executeUpdate();
                    }
                    long ended = System.nanoTime();
                    synchronized (samples) {
                        samples.add(new long[] {started, ended});
                    }
                    inserting = !inserting;
                }
            } catch (SQLException e) {
                failure = e;
            }
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            if (failure != null) {
                throw new IllegalStateException("the writer failed: " + failure.getMessage(), failure);
            }
        }

        /** Latencies in ms of the writes that were in flight at some time between the two instants. */
        List<Double> latenciesOverlapping(long from, long to) {
            List<Double> out = new ArrayList<>();
            synchronized (samples) {
                for (long[] sample : samples) {
                    if (sample[1] >= from && sample[0] <= to) {
                        out.add((sample[1] - sample[0]) / 1e6);
                    }
                }
            }
            return out;
        }

        /**
         * Stops the loop and waits for its thread, also when the measured operation threw before
         * {@link #stop()}: the connection is closed only once its statement in flight has ended (or,
         * should that take longer than a minute, to end it), so no writer outlives the scenario.
         */
        @Override
        public void close() throws SQLException {
            running = false;
            try {
                if (thread != null) {
                    thread.join(TimeUnit.MINUTES.toMillis(1));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                connection.close();
            }
            if (thread != null && thread.isAlive()) {
                try {
                    thread.join(TimeUnit.SECONDS.toMillis(10));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void load(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO accounts SELECT g FROM generate_series(1, " + ACCOUNTS + ") g");
            statement.execute("INSERT INTO events (id, account_id, status, amount, ref, note)" + " SELECT g, g % "
                    + ACCOUNTS + " + 1, 'new', 1, g, 'n' FROM generate_series(1, " + rows + ") g");
            statement.execute("VACUUM ANALYZE");
        }
        Progress.say("online: loaded %,d rows", rows);
    }

    private static void executeInTransaction(DataSource dataSource, List<String> statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            connection.commit();
        }
    }

    private static Migrator migrator(DataSource dataSource, List<Migration> revisions) {
        MigrationChain chain = new MigrationChain() {
            @Override
            public String name() {
                return "online";
            }

            @Override
            public List<Migration> migrations() {
                return revisions;
            }

            @Override
            public SchemaDefinition headSchema() {
                return new SchemaDefinition(List.of());
            }
        };
        return Migrator.builder().dataSource(dataSource).chain(chain).build();
    }

    /** The revision the processor would generate from {@code parent} to {@code target}. */
    private static Migration revision(String id, Migration parent, SchemaModel parentModel, SchemaModel target) {
        RevisionModel model = RevisionModel.withoutDirectives(
                id, parent == null ? null : parent.id(), id, "bench." + id, false, null);
        RevisionScript script =
                RevisionScriptGenerator.generate(parentModel == null ? SchemaModel.EMPTY : parentModel, target, model);
        if (script.hasErrors()) {
            throw new IllegalStateException("the generator refused " + id + ": " + script.problems());
        }
        String checksum = Checksums.revision(script.upgrade(), script.downgrade());
        String chainChecksum = Checksums.chain(parent == null ? null : parent.chainChecksum(), checksum);
        return new GeneratedRevision(
                id,
                Optional.ofNullable(parent).map(Migration::id),
                checksum,
                chainChecksum,
                steps(script.upgrade()),
                steps(script.downgrade()));
    }

    private static List<MigrationStep> steps(List<SqlStatement> statements) {
        List<MigrationStep> steps = new ArrayList<>();
        for (SqlStatement s : statements) {
            steps.add(new MigrationStep(s.sql(), s.group(), s.rerunnable(), s.index(), s.extension(), s.lock(), null));
        }
        return steps;
    }

    private static String describe(MigrationStep step) {
        String where = step.transactional() ? "transaction " + step.group() : "no transaction";
        return "(" + where + ") " + step.sql() + (step.lock() == null ? "" : " — locks: " + step.lock());
    }

    /** A generated revision as plain data. */
    private record GeneratedRevision(
            String id,
            Optional<String> parentId,
            String checksum,
            String chainChecksum,
            List<MigrationStep> upgradeSteps,
            List<MigrationStep> downgradeSteps)
            implements Migration {
        @Override
        public String message() {
            return id;
        }
    }

    private static TableModel accounts() {
        return new TableModel(
                null,
                "accounts",
                List.of(column("id", "bigint", false)),
                new PrimaryKeyModel(Names.primaryKey("accounts"), List.of("id")),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
    }

    private static TableModel events() {
        return new TableModel(
                null,
                "events",
                List.of(
                        column("id", "bigint", false),
                        column("account_id", "bigint", false),
                        status(List.of("new", "paid")),
                        column("amount", "integer", false),
                        column("ref", "bigint", false),
                        column("note", "text", true)),
                new PrimaryKeyModel(Names.primaryKey("events"), List.of("id")),
                List.of(),
                List.of(statusCheck(List.of("new", "paid"))),
                List.of(),
                List.of(),
                null);
    }

    private static ColumnModel column(String name, String type, boolean nullable) {
        return new ColumnModel(name, type, nullable, false, null, null, List.of());
    }

    private static ColumnModel status(List<String> constants) {
        return new ColumnModel("status", "text", false, false, null, null, constants);
    }

    private static CheckModel statusCheck(List<String> constants) {
        List<String> quoted = new ArrayList<>();
        constants.forEach(c -> quoted.add("'" + c + "'"));
        return new CheckModel(Names.check("events", "status"), "status IN (" + String.join(", ", quoted) + ")");
    }

    private static ForeignKeyModel accountKey(String name) {
        return new ForeignKeyModel(name, List.of("account_id"), null, "accounts", List.of("id"), null, null);
    }

    private static TableModel with(
            TableModel t,
            List<ColumnModel> columns,
            List<UniqueModel> uniques,
            List<CheckModel> checks,
            List<ForeignKeyModel> foreignKeys,
            List<IndexModel> indexes) {
        return new TableModel(
                t.schema(), t.name(), columns, t.primaryKey(), uniques, checks, foreignKeys, indexes, t.comment());
    }

    private static List<ColumnModel> replaceColumn(List<ColumnModel> columns, ColumnModel replacement) {
        List<ColumnModel> out = new ArrayList<>();
        for (ColumnModel c : columns) {
            out.add(c.name().equals(replacement.name()) ? replacement : c);
        }
        return out;
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }
}
