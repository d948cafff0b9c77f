package dev.migrata.schema.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each kind of generated statement locks and what it costs: the one place that knows
 * PostgreSQL 15's lock levels ("Explicit Locking" and the lock notes of {@code ALTER TABLE}, {@code
 * CREATE INDEX}, {@code DROP INDEX} and {@code COMMENT}). Each method gives the line written after
 * {@code locks:} in a step's header:
 *
 * <pre>
 * &lt;LEVEL&gt; on &lt;table&gt;[, &lt;LEVEL&gt; on &lt;table&gt;][, briefly]; &lt;cost&gt;
 * </pre>
 *
 * <p>The cost is {@code no rewrite, no scan} for a change of the catalog alone (the lock is held
 * {@code briefly}: only the statement's moment, and what is left of its transaction); {@code scans
 * T, writes continue} or {@code scans T twice, …} for work that reads every row under a lock that
 * lets reads and writes go on; {@code scans T, writes wait} when the lock stops writes meanwhile;
 * {@code rewrites it and its indexes, reads and writes wait} for a rewrite under ACCESS EXCLUSIVE;
 * and {@code new table, nothing else waits} when every table locked was created by the same
 * revision. Table names are written as the statement writes them, on one line.
 */
final class StepLocks {

    /** The line of a statement Migrata did not write and does not read. */
    static final String HAND_WRITTEN = "not analysed (hand-written SQL)";

    private static final String BRIEF = "no rewrite, no scan";
    private static final String WAITS_FOR_OLDER_TRANSACTIONS = "waits for older transactions";

    /** PostgreSQL's table lock levels that generated statements take. */
    enum Level {
        /** Conflicts with EXCLUSIVE and ACCESS EXCLUSIVE only: reads and writes continue. */
        ROW_SHARE("ROW SHARE"),
        /** Conflicts with itself and stronger: reads and writes continue, other DDL waits. */
        SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"),
        /** Writes wait, reads continue. */
        SHARE("SHARE"),
        /** Writes wait, reads continue; self-exclusive. */
        SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
        /** Reads and writes wait. */
        ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE");

        private final String sql;

        Level(String sql) {
            this.sql = sql;
        }
    }

    private record Lock(Level level, String relation) {
        @Override
        public String toString() {
            return level.sql + " on " + relation;
        }
    }

    private final Set<String> newTables;

    /**
     * @param newTables the tables the revision creates, named as statements write them: nothing else
     *     can be waiting for them
     */
    StepLocks(Set<String> newTables) {
        this.newTables = Set.copyOf(newTables);
    }

    /** {@code CREATE EXTENSION IF NOT EXISTS}: no table is locked. */
    String createExtension() {
        return "no table locks; creates the extension's objects if missing, nothing waits";
    }

    /** {@code CREATE TYPE … AS ENUM}: a new type, no table is locked. */
    String createEnumType(String type) {
        return "no table locks; new type " + type + ", nothing else waits";
    }

    /**
     * {@code ALTER TYPE … ADD VALUE}: an EXCLUSIVE lock on the type object alone (as {@code pg_locks}
     * shows: locktype {@code object}, class {@code pg_type}), which only other changes of the type
     * wait for; no table that uses it is locked, and its transaction commits at once.
     */
    String addEnumLabel(String type) {
        return "EXCLUSIVE on type " + type + ", no table locks, briefly; " + BRIEF;
    }

    /**
     * {@code DROP TYPE}: ACCESS EXCLUSIVE on the type object; no table uses it any more (it fails if
     * one did), so none is locked.
     */
    String dropEnumType(String type) {
        return "ACCESS EXCLUSIVE on type " + type + ", no table locks, briefly; " + BRIEF;
    }

    /**
     * {@code CREATE TABLE}: ACCESS EXCLUSIVE on the new table, and SHARE ROW EXCLUSIVE on each table
     * its foreign keys reference, as {@code ADD FOREIGN KEY} takes.
     */
    String createTable(String table, Collection<String> referenced) {
        List<Lock> locks = new ArrayList<>();
        locks.add(new Lock(Level.ACCESS_EXCLUSIVE, table));
        referenced.forEach(r -> add(locks, new Lock(Level.SHARE_ROW_EXCLUSIVE, r)));
        return brief(locks);
    }

    /**
     * {@code DROP TABLE}: ACCESS EXCLUSIVE on the table, and on each table its foreign keys reference,
     * whose triggers for those keys go with it.
     */
    String dropTable(String table, Collection<String> referenced) {
        List<Lock> locks = new ArrayList<>();
        locks.add(new Lock(Level.ACCESS_EXCLUSIVE, table));
        referenced.forEach(r -> add(locks, new Lock(Level.ACCESS_EXCLUSIVE, r)));
        return brief(locks);
    }

    /**
     * An {@code ALTER TABLE} subcommand that only changes the catalog under ACCESS EXCLUSIVE: {@code
     * RENAME}, {@code ADD COLUMN} without a volatile default, {@code DROP COLUMN}, {@code ALTER COLUMN
     * … TYPE} between binary-coercible types, {@code SET}/{@code DROP DEFAULT}, {@code DROP NOT
     * NULL}, {@code SET NOT NULL} proved by a valid check, identity, {@code ADD CONSTRAINT … NOT VALID}
     * of a CHECK, {@code ADD CONSTRAINT … USING INDEX} over NOT NULL columns, {@code DROP CONSTRAINT}
     * of all but a foreign key.
     */
    String alterTable(String table) {
        return brief(List.of(new Lock(Level.ACCESS_EXCLUSIVE, table)));
    }

    /**
     * An {@code ALTER TABLE} that writes every row again: {@code ADD COLUMN} with a volatile default or
     * as identity, a type change that is not binary-coercible.
     */
    String rewrite(String table) {
        return line(
                List.of(new Lock(Level.ACCESS_EXCLUSIVE, table)), "rewrites it and its indexes, reads and writes wait");
    }

    /**
     * {@code ADD CONSTRAINT … FOREIGN KEY}: SHARE ROW EXCLUSIVE on both tables. Brief when added {@code
     * NOT VALID} (or to a new, empty table); the scan is the later {@link #validateForeignKey}.
     */
    String addForeignKey(String table, String referenced) {
        List<Lock> locks = new ArrayList<>();
        locks.add(new Lock(Level.SHARE_ROW_EXCLUSIVE, table));
        add(locks, new Lock(Level.SHARE_ROW_EXCLUSIVE, referenced));
        return brief(locks);
    }

    /** {@code DROP CONSTRAINT} of a foreign key: ACCESS EXCLUSIVE on both tables, whose triggers go. */
    String dropForeignKey(String table, String referenced) {
        List<Lock> locks = new ArrayList<>();
        locks.add(new Lock(Level.ACCESS_EXCLUSIVE, table));
        add(locks, new Lock(Level.ACCESS_EXCLUSIVE, referenced));
        return brief(locks);
    }

    /** {@code VALIDATE CONSTRAINT} of a CHECK: SHARE UPDATE EXCLUSIVE while it reads every row. */
    String validateCheck(String table) {
        return line(List.of(new Lock(Level.SHARE_UPDATE_EXCLUSIVE, table)), "scans " + table + ", writes continue");
    }

    /**
     * {@code VALIDATE CONSTRAINT} of a foreign key: SHARE UPDATE EXCLUSIVE on the table while it reads
     * every row, and ROW SHARE on the referenced table.
     */
    String validateForeignKey(String table, String referenced) {
        List<Lock> locks = new ArrayList<>();
        locks.add(new Lock(Level.SHARE_UPDATE_EXCLUSIVE, table));
        add(locks, new Lock(Level.ROW_SHARE, referenced));
        return line(locks, "scans " + table + ", writes continue");
    }

    /** {@code COMMENT ON TABLE} or {@code COLUMN}: SHARE UPDATE EXCLUSIVE. */
    String comment(String table) {
        return brief(List.of(new Lock(Level.SHARE_UPDATE_EXCLUSIVE, table)));
    }

    /** {@code ALTER INDEX … RENAME}: SHARE UPDATE EXCLUSIVE on the index alone. */
    String renameIndex(String index) {
        return brief(List.of(new Lock(Level.SHARE_UPDATE_EXCLUSIVE, "index " + index)));
    }

    /** {@code CREATE INDEX} in a transaction: SHARE, which stops writes while it reads every row. */
    String createIndex(String table) {
        return line(List.of(new Lock(Level.SHARE, table)), "scans " + table + ", writes wait");
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY}: SHARE UPDATE EXCLUSIVE; it reads the table twice and waits
     * for the transactions that could still use the table without the index.
     */
    String createIndexConcurrently(String table) {
        return line(
                List.of(new Lock(Level.SHARE_UPDATE_EXCLUSIVE, table)),
                "scans " + table + " twice, writes continue, " + WAITS_FOR_OLDER_TRANSACTIONS);
    }

    /** {@code DROP INDEX} in a transaction: ACCESS EXCLUSIVE on its table. */
    String dropIndex(String table) {
        return brief(List.of(new Lock(Level.ACCESS_EXCLUSIVE, table)));
    }

    /**
     * {@code DROP INDEX CONCURRENTLY}: SHARE UPDATE EXCLUSIVE; it waits for the transactions that
     * could still use the index.
     */
    String dropIndexConcurrently(String table) {
        return line(
                List.of(new Lock(Level.SHARE_UPDATE_EXCLUSIVE, table)),
                "no scan, writes continue, " + WAITS_FOR_OLDER_TRANSACTIONS);
    }

    /**
     * {@code CREATE VIEW}: ACCESS EXCLUSIVE on the new view, ACCESS SHARE on the relations its query
     * reads, which only an ACCESS EXCLUSIVE lock waits for.
     */
    String createView(String view) {
        return "ACCESS EXCLUSIVE on new view " + SqlComments.oneLine(view)
                + ", ACCESS SHARE on the relations it reads, briefly; " + BRIEF;
    }

    /**
     * {@code CREATE MATERIALIZED VIEW … WITH DATA}: as {@link #createView}, and it runs its query
     * to fill the view, reading the relations under ACCESS SHARE while writes continue.
     */
    String createMaterializedView(String view) {
        return "ACCESS EXCLUSIVE on new materialized view " + SqlComments.oneLine(view)
                + ", ACCESS SHARE on the relations it reads; runs its query once, writes continue";
    }

    /** {@code DROP [MATERIALIZED] VIEW}: ACCESS EXCLUSIVE on the view alone; the tables it read are not locked. */
    String dropView(String kind, String view) {
        return "ACCESS EXCLUSIVE on " + kind + " " + SqlComments.oneLine(view) + ", no table locks, briefly; " + BRIEF;
    }

    /**
     * {@code CREATE OR REPLACE FUNCTION}: no table is locked; replacing one takes ACCESS EXCLUSIVE on
     * the function object, which calls already running do not wait for.
     */
    String createFunction(String function, boolean replaces) {
        return replaces
                ? "ACCESS EXCLUSIVE on function " + SqlComments.oneLine(function) + ", no table locks, briefly; "
                        + BRIEF
                : "no table locks; new function " + SqlComments.oneLine(function) + ", nothing else waits";
    }

    /** {@code DROP FUNCTION}: ACCESS EXCLUSIVE on the function object; no trigger uses it any more. */
    String dropFunction(String function) {
        return "ACCESS EXCLUSIVE on function " + SqlComments.oneLine(function) + ", no table locks, briefly; " + BRIEF;
    }

    /** {@code CREATE TRIGGER}: SHARE ROW EXCLUSIVE on its table, which stops writes for the moment. */
    String createTrigger(String table) {
        return brief(List.of(new Lock(Level.SHARE_ROW_EXCLUSIVE, table)));
    }

    /** {@code DROP TRIGGER}: ACCESS EXCLUSIVE on its table (as {@code pg_locks} shows on PostgreSQL 15). */
    String dropTrigger(String table) {
        return brief(List.of(new Lock(Level.ACCESS_EXCLUSIVE, table)));
    }

    /** A table referencing itself is locked once, at the stronger level it is first listed with. */
    private static void add(List<Lock> locks, Lock lock) {
        if (locks.stream().noneMatch(l -> l.relation().equals(lock.relation()))) {
            locks.add(lock);
        }
    }

    /** A change of the catalog alone: the lock is held for a moment. */
    private String brief(List<Lock> locks) {
        return line(locks, null);
    }

    /**
     * The locks and the cost ({@code null}: none but the moment of a catalog change); on tables
     * created by the same revision, nothing else can be waiting.
     */
    private String line(List<Lock> locks, String cost) {
        String text;
        if (allNew(locks)) {
            text = joined(locks) + "; " + (locks.size() == 1 ? "new table" : "new tables") + ", nothing else waits";
        } else if (cost == null) {
            text = joined(locks) + ", briefly; " + BRIEF;
        } else {
            text = joined(locks) + "; " + cost;
        }
        return SqlComments.oneLine(text);
    }

    private boolean allNew(List<Lock> locks) {
        return locks.stream().allMatch(l -> newTables.contains(l.relation()));
    }

    private static String joined(List<Lock> locks) {
        return locks.stream().map(Lock::toString).collect(Collectors.joining(", "));
    }
}
