package dev.migrata.schema.sql;

import dev.migrata.schema.diff.Change;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.TriggerModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes each {@link Change} as PostgreSQL statements: one readable line per {@code ALTER}, a
 * multi-line {@code CREATE TABLE} with 4-space-indented columns and inline constraints, every
 * identifier through {@link Identifiers}. Each statement states the {@link Stage} it runs in, what it
 * locks ({@link StepLocks}), and the facts the runtime needs: whether it may run again, the index it
 * builds or drops concurrently, the extension it creates.
 *
 * <p>A table the revision creates is empty: its statements stay plain. A table that exists may hold
 * rows, so the work that reads every row leaves the revision's first transaction:
 *
 * <ul>
 *   <li>a foreign key or CHECK is added {@code NOT VALID} (a brief lock) and validated in a later
 *       transaction of its own, under a lock that lets writes go on;
 *   <li>{@code SET NOT NULL} is first proved by {@code CHECK (c IS NOT NULL) NOT VALID}, validated the
 *       same way, which spares {@code SET NOT NULL} its scan under ACCESS EXCLUSIVE (PostgreSQL 12+);
 *       the check is dropped after;
 *   <li>a PRIMARY KEY or UNIQUE constraint takes its index from {@code CREATE UNIQUE INDEX
 *       CONCURRENTLY} and becomes a constraint by {@code ADD CONSTRAINT … USING INDEX};
 *   <li>indexes are built and dropped {@code CONCURRENTLY}, outside any transaction.
 * </ul>
 */
final class PostgresDialect {

    /** A key made from an index built concurrently: a foreign key can reference it once it exists. */
    private record Key(String table, Set<String> columns) {}

    private final Set<String> newTables = new HashSet<>();
    private final Set<Key> keysFromIndexes = new HashSet<>();
    /** Each table's name once this revision's renames ran, by its name before them. */
    private final Map<String, String> renamedTables = new HashMap<>();
    /** The primary keys this revision drops, by their table as named after the renames. */
    private final Map<String, Change.DropPrimaryKey> primaryKeyDrops = new HashMap<>();
    /** The tables whose primary key this revision replaces, as named after the renames. */
    private final Set<String> primaryKeysReplaced = new HashSet<>();

    private final StepLocks locks;

    private PostgresDialect(List<Change> changes) {
        for (Change change : changes) {
            if (change instanceof Change.CreateTable c) {
                newTables.add(Ddl.name(c.table().schema(), c.table().name()));
            } else if (change instanceof Change.RenameTable r) {
                renamedTables.put(Ddl.name(r.schema(), r.from()), Ddl.name(r.schema(), r.to()));
            } else if (change instanceof Change.AddUnique a) {
                keysFromIndexes.add(key(a.schema(), a.table(), a.unique().columns()));
            }
        }
        for (Change change : changes) {
            if (change instanceof Change.DropPrimaryKey d) {
                primaryKeyDrops.put(afterRenames(d.schema(), d.table()), d);
            } else if (change instanceof Change.AddPrimaryKey a) {
                keysFromIndexes.add(key(a.schema(), a.table(), a.primaryKey().columns()));
                if (primaryKeyDrops.containsKey(Ddl.name(a.schema(), a.table()))) {
                    primaryKeysReplaced.add(Ddl.name(a.schema(), a.table()));
                }
            }
        }
        locks = new StepLocks(newTables);
    }

    /**
     * The statements of the changes, change by change, each with its stage. A change's warnings are
     * written above the statement they concern: the one that scans the table, else its first.
     *
     * @param changes one direction of a revision, in the differ's order
     * @param warnings the warning lines ({@code [MIG601] …}) of each change
     */
    static List<StagedStatement> statements(List<Change> changes, Function<Change, List<String>> warnings) {
        PostgresDialect dialect = new PostgresDialect(changes);
        List<StagedStatement> out = new ArrayList<>();
        for (Change change : changes) {
            List<StagedStatement> statements = new ArrayList<>(dialect.statements(change));
            List<String> lines = warnings.apply(change);
            if (!lines.isEmpty()) {
                int subject = 0;
                for (int i = 0; i < statements.size(); i++) {
                    if (statements.get(i).stage().scans()) {
                        subject = i;
                        break;
                    }
                }
                StagedStatement concerned = statements.get(subject);
                statements.set(
                        subject,
                        new StagedStatement(
                                concerned.stage(), concerned.statement().withWarnings(lines)));
            }
            out.addAll(statements);
        }
        return out;
    }

    private List<StagedStatement> statements(Change change) {
        if (change instanceof Change.CreateExtension c) {
            return List.of(new StagedStatement(
                    Stage.CREATE_EXTENSIONS,
                    tx(Ddl.transactional(change), locks.createExtension()).withExtension(c.name())));
        } else if (change instanceof Change.CreateEnumType c) {
            return List.of(new StagedStatement(
                    Stage.CREATE_ENUM_TYPES,
                    tx(
                            Ddl.transactional(change),
                            locks.createEnumType(Identifiers.quote(c.type().name())))));
        } else if (change instanceof Change.AddEnumLabel a) {
            // Outside any transaction and re-runnable: see Stage.ADD_ENUM_LABELS.
            return List.of(new StagedStatement(
                    Stage.ADD_ENUM_LABELS,
                    new SqlStatement(Ddl.transactional(change), false, true)
                            .withLock(locks.addEnumLabel(Identifiers.quote(a.type())))));
        } else if (change instanceof Change.KeepEnumLabel) {
            return List.of(); // PostgreSQL cannot drop an enum label
        } else if (change instanceof Change.DropEnumType d) {
            return List.of(new StagedStatement(
                    Stage.DROP_ENUM_TYPES,
                    tx(Ddl.transactional(change), locks.dropEnumType(Identifiers.quote(d.name())))));
        } else if (change instanceof Change.CreateTable c) {
            return createTable(c);
        } else if (change instanceof Change.DropTable d) {
            List<String> referenced = d.foreignKeys().stream()
                    .map(fk -> Ddl.name(fk.referencedSchema(), fk.referencedTable()))
                    .toList();
            return firstTransaction(change, locks.dropTable(Ddl.name(d.schema(), d.table()), referenced));
        } else if (change instanceof Change.RenameTable r) {
            return catalogOnly(change, r.schema(), r.from());
        } else if (change instanceof Change.AddColumn a) {
            return rewriteOrCatalogOnly(change, a.schema(), a.table(), a.rewritesTable());
        } else if (change instanceof Change.DropColumn d) {
            return catalogOnly(change, d.schema(), d.table());
        } else if (change instanceof Change.RenameColumn r) {
            return catalogOnly(change, r.schema(), r.table());
        } else if (change instanceof Change.AlterColumnType a) {
            return rewriteOrCatalogOnly(change, a.schema(), a.table(), a.rewritesTable());
        } else if (change instanceof Change.SetNotNull s) {
            return setNotNull(s);
        } else if (change instanceof Change.DropNotNull d) {
            return catalogOnly(change, d.schema(), d.table());
        } else if (change instanceof Change.SetDefault s) {
            return catalogOnly(change, s.schema(), s.table());
        } else if (change instanceof Change.DropDefault d) {
            return catalogOnly(change, d.schema(), d.table());
        } else if (change instanceof Change.AddIdentity a) {
            return catalogOnly(change, a.schema(), a.table());
        } else if (change instanceof Change.DropIdentity d) {
            return catalogOnly(change, d.schema(), d.table());
        } else if (change instanceof Change.AddPrimaryKey a) {
            return addPrimaryKey(a);
        } else if (change instanceof Change.AddUnique a) {
            return keyFromIndex(
                    a.schema(),
                    a.table(),
                    a.unique().name(),
                    a.unique().name(),
                    a.unique().columns(),
                    "UNIQUE");
        } else if (change instanceof Change.AddCheck a) {
            return addCheck(a);
        } else if (change instanceof Change.AddForeignKey a) {
            return addForeignKey(a);
        } else if (change instanceof Change.DropPrimaryKey d) {
            return dropPrimaryKey(d);
        } else if (change instanceof Change.DropUnique d) {
            return catalogOnly(change, d.schema(), d.table());
        } else if (change instanceof Change.DropCheck d) {
            return catalogOnly(change, d.schema(), d.table());
        } else if (change instanceof Change.DropForeignKey d) {
            String referenced = Ddl.name(d.referencedSchema(), d.referencedTable());
            return firstTransaction(change, locks.dropForeignKey(Ddl.name(d.schema(), d.table()), referenced));
        } else if (change instanceof Change.RenameConstraint r) {
            return catalogOnly(change, r.schema(), r.table());
        } else if (change instanceof Change.CreateIndex c) {
            return createIndex(c);
        } else if (change instanceof Change.DropIndex d) {
            return dropIndex(d);
        } else if (change instanceof Change.RenameIndex r) {
            return firstTransaction(change, locks.renameIndex(Ddl.name(r.schema(), r.from())));
        } else if (change instanceof Change.SetTableComment c) {
            return firstTransaction(change, locks.comment(Ddl.name(c.schema(), c.table())));
        } else if (change instanceof Change.SetColumnComment c) {
            return firstTransaction(change, locks.comment(Ddl.name(c.schema(), c.table())));
        }
        return declaredObject(change);
    }

    /** The statements of a view, function or trigger: each in the revision's first transaction. */
    private List<StagedStatement> declaredObject(Change change) {
        if (change instanceof Change.CreateView c) {
            String view = Identifiers.quote(c.view().name());
            return firstTransaction(
                    change, c.view().materialized() ? locks.createMaterializedView(view) : locks.createView(view));
        } else if (change instanceof Change.DropView d) {
            return firstTransaction(
                    change,
                    locks.dropView(d.view().kind(), Identifiers.quote(d.view().name())));
        } else if (change instanceof Change.CreateFunction c) {
            return firstTransaction(
                    change, locks.createFunction(Identifiers.quote(c.function().name()), c.replaces()));
        } else if (change instanceof Change.DropFunction d) {
            return firstTransaction(
                    change, locks.dropFunction(Identifiers.quote(d.function().name())));
        } else if (change instanceof Change.CreateTrigger c) {
            return firstTransaction(
                    change,
                    locks.createTrigger(
                            Ddl.name(c.trigger().schema(), c.trigger().table())));
        } else if (change instanceof Change.DropTrigger d) {
            return firstTransaction(
                    change,
                    locks.dropTrigger(Ddl.name(d.trigger().schema(), d.trigger().table())));
        }
        throw new IllegalArgumentException("no SQL for " + change);
    }

    /**
     * The table with its foreign keys, except those that reference a key built concurrently by this
     * revision: they are added once that key exists.
     */
    private List<StagedStatement> createTable(Change.CreateTable c) {
        TableModel table = c.table();
        String name = Ddl.name(table.schema(), table.name());
        List<ForeignKeyModel> inline = new ArrayList<>();
        List<StagedStatement> later = new ArrayList<>();
        for (ForeignKeyModel fk : c.inlineForeignKeys()) {
            if (referencesKeyFromIndex(fk)) {
                later.add(new StagedStatement(
                        Stage.ADD_DEPENDENT_FOREIGN_KEYS,
                        tx(
                                Ddl.alter(table.schema(), table.name()) + Ddl.addForeignKey(fk),
                                locks.addForeignKey(name, referenced(fk)))));
            } else {
                inline.add(fk);
            }
        }
        List<String> referenced = inline.stream()
                .map(PostgresDialect::referenced)
                .filter(r -> !r.equals(name))
                .toList();
        List<StagedStatement> out = new ArrayList<>();
        out.add(first(tx(Ddl.createTable(table, inline), locks.createTable(name, referenced))));
        out.addAll(later);
        return out;
    }

    /**
     * {@code CHECK (c IS NOT NULL) NOT VALID}, validated in its own transaction; then {@code SET NOT
     * NULL}, which finds the valid check and skips its scan, and the check is dropped.
     */
    private List<StagedStatement> setNotNull(Change.SetNotNull s) {
        String table = Ddl.name(s.schema(), s.table());
        String alter = Ddl.alter(s.schema(), s.table());
        String check = Ddl.id(s.checkName());
        return List.of(
                first(tx(
                        alter + "ADD CONSTRAINT " + check + " CHECK (" + Ddl.id(s.column()) + " IS NOT NULL) NOT VALID",
                        locks.alterTable(table))),
                new StagedStatement(
                        Stage.VALIDATE_NOT_NULL,
                        tx(alter + "VALIDATE CONSTRAINT " + check, locks.validateCheck(table))),
                new StagedStatement(Stage.SET_NOT_NULL, tx(Ddl.transactional(s), locks.alterTable(table))),
                new StagedStatement(
                        Stage.SET_NOT_NULL, tx(alter + "DROP CONSTRAINT " + check, locks.alterTable(table))));
    }

    /**
     * A primary key that replaces another has its index built under another name, since the old
     * key's index keeps the name until the old key is dropped, right before the new one is attached.
     */
    private List<StagedStatement> addPrimaryKey(Change.AddPrimaryKey a) {
        String name = a.primaryKey().name();
        Change.DropPrimaryKey replaced = primaryKeyDrops.get(Ddl.name(a.schema(), a.table()));
        String index = replaced != null && replaced.name().equals(name) ? Names.fit(name + "_new") : name;
        return keyFromIndex(a.schema(), a.table(), name, index, a.primaryKey().columns(), "PRIMARY KEY");
    }

    /**
     * A primary key that another replaces is dropped in the transaction that attaches the new one,
     * so that the table is never without one while the new key's index is built.
     */
    private List<StagedStatement> dropPrimaryKey(Change.DropPrimaryKey d) {
        String table = afterRenames(d.schema(), d.table());
        if (!primaryKeysReplaced.contains(table)) {
            return catalogOnly(d, d.schema(), d.table());
        }
        return List.of(new StagedStatement(
                Stage.ATTACH_INDEXES,
                tx("ALTER TABLE " + table + " DROP CONSTRAINT " + Ddl.id(d.name()), locks.alterTable(table))));
    }

    /**
     * The key's unique index built concurrently (re-runnable, the index stated), then made the
     * constraint, which gives the index the constraint's name.
     */
    private List<StagedStatement> keyFromIndex(
            String schema, String table, String name, String index, List<String> columns, String constraint) {
        String build = "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS " + Ddl.id(index) + " ON "
                + Ddl.name(schema, table) + " " + Ddl.columns(columns);
        return List.of(
                new StagedStatement(
                        Stage.BUILD_INDEXES_CONCURRENTLY,
                        concurrently(
                                build,
                                Ddl.name(schema, index),
                                locks.createIndexConcurrently(Ddl.name(schema, table)))),
                new StagedStatement(
                        Stage.ATTACH_INDEXES,
                        tx(
                                Ddl.alter(schema, table) + "ADD CONSTRAINT " + Ddl.id(name) + " " + constraint
                                        + " USING INDEX " + Ddl.id(index),
                                locks.alterTable(Ddl.name(schema, table)))));
    }

    /** The check added {@code NOT VALID}, then validated in its own transaction. */
    private List<StagedStatement> addCheck(Change.AddCheck a) {
        String table = Ddl.name(a.schema(), a.table());
        return List.of(
                first(tx(Ddl.transactional(a) + " NOT VALID", locks.alterTable(table))),
                new StagedStatement(
                        Stage.VALIDATE_CHECKS,
                        tx(
                                Ddl.alter(a.schema(), a.table()) + "VALIDATE CONSTRAINT "
                                        + Ddl.id(a.check().name()),
                                locks.validateCheck(table))));
    }

    /**
     * Between new tables, one statement. On an existing table, {@code NOT VALID} (after the key it
     * references, when this revision builds that key) and validated in its own transaction.
     */
    private List<StagedStatement> addForeignKey(Change.AddForeignKey a) {
        String table = Ddl.name(a.schema(), a.table());
        String referenced = referenced(a.foreignKey());
        String add = Ddl.transactional(a);
        if (!a.notValid()) {
            return List.of(first(tx(add, locks.addForeignKey(table, referenced))));
        }
        Stage stage = referencesKeyFromIndex(a.foreignKey()) ? Stage.ADD_DEPENDENT_FOREIGN_KEYS : Stage.TRANSACTION;
        return List.of(
                new StagedStatement(stage, tx(add + " NOT VALID", locks.addForeignKey(table, referenced))),
                new StagedStatement(
                        Stage.VALIDATE_FOREIGN_KEYS,
                        tx(
                                Ddl.alter(a.schema(), a.table()) + "VALIDATE CONSTRAINT "
                                        + Ddl.id(a.foreignKey().name()),
                                locks.validateForeignKey(table, referenced))));
    }

    /**
     * On an existing table, built concurrently and written {@code IF NOT EXISTS} (the runtime drops an
     * INVALID leftover first), so an interrupted build can run again; on a new table, plain.
     */
    private List<StagedStatement> createIndex(Change.CreateIndex c) {
        String table = Ddl.name(c.schema(), c.table());
        if (!c.concurrently()) {
            return List.of(first(tx(Ddl.createIndex(c), locks.createIndex(table))));
        }
        return List.of(new StagedStatement(
                Stage.BUILD_INDEXES_CONCURRENTLY,
                concurrently(
                        Ddl.createIndex(c),
                        Ddl.name(c.schema(), c.index().name()),
                        locks.createIndexConcurrently(table))));
    }

    private List<StagedStatement> dropIndex(Change.DropIndex d) {
        String table = Ddl.name(d.schema(), d.table());
        String index = Ddl.name(d.schema(), d.name());
        if (!d.concurrently()) {
            return List.of(first(tx("DROP INDEX " + index, locks.dropIndex(table))));
        }
        return List.of(new StagedStatement(
                Stage.DROP_INDEXES_CONCURRENTLY,
                concurrently("DROP INDEX CONCURRENTLY IF EXISTS " + index, index, locks.dropIndexConcurrently(table))));
    }

    private List<StagedStatement> catalogOnly(Change change, String schema, String table) {
        return firstTransaction(change, locks.alterTable(Ddl.name(schema, table)));
    }

    private List<StagedStatement> rewriteOrCatalogOnly(Change change, String schema, String table, boolean rewrites) {
        String name = Ddl.name(schema, table);
        return firstTransaction(change, rewrites ? locks.rewrite(name) : locks.alterTable(name));
    }

    private static List<StagedStatement> firstTransaction(Change change, String lock) {
        return List.of(first(tx(Ddl.transactional(change), lock)));
    }

    private boolean referencesKeyFromIndex(ForeignKeyModel fk) {
        return keysFromIndexes.contains(key(fk.referencedSchema(), fk.referencedTable(), fk.referencedColumns()));
    }

    /** The table as named once this revision's renames ran. */
    private String afterRenames(String schema, String table) {
        String name = Ddl.name(schema, table);
        return renamedTables.getOrDefault(name, name);
    }

    private static Key key(String schema, String table, List<String> columns) {
        return new Key(Ddl.name(schema, table), Set.copyOf(columns));
    }

    private static String referenced(ForeignKeyModel fk) {
        return Ddl.name(fk.referencedSchema(), fk.referencedTable());
    }

    private static StagedStatement first(SqlStatement statement) {
        return new StagedStatement(Stage.TRANSACTION, statement);
    }

    private static SqlStatement tx(String sql, String lock) {
        return new SqlStatement(sql, true).withLock(lock);
    }

    /** Outside any transaction, re-runnable, stating the index it builds or drops. */
    private static SqlStatement concurrently(String sql, String index, String lock) {
        return new SqlStatement(sql, false, true).withIndex(index).withLock(lock);
    }

    /** The SQL text of each kind of change. */
    private static final class Ddl {

        private Ddl() {}

        static String transactional(Change change) {
            if (change instanceof Change.CreateExtension c) {
                return "CREATE EXTENSION IF NOT EXISTS " + id(c.name());
            } else if (change instanceof Change.CreateEnumType c) {
                return "CREATE TYPE " + id(c.type().name()) + " AS ENUM ("
                        + c.type().labels().stream().map(Identifiers::literal).collect(Collectors.joining(", ")) + ")";
            } else if (change instanceof Change.AddEnumLabel a) {
                String place = a.after() != null
                        ? " AFTER " + Identifiers.literal(a.after())
                        : a.before() != null ? " BEFORE " + Identifiers.literal(a.before()) : "";
                return "ALTER TYPE " + id(a.type()) + " ADD VALUE IF NOT EXISTS " + Identifiers.literal(a.label())
                        + place;
            } else if (change instanceof Change.DropEnumType d) {
                return "DROP TYPE " + id(d.name());
            } else if (change instanceof Change.CreateTable c) {
                return createTable(c.table(), c.inlineForeignKeys());
            } else if (change instanceof Change.DropTable d) {
                return "DROP TABLE " + name(d.schema(), d.table());
            } else if (change instanceof Change.RenameTable r) {
                return "ALTER TABLE " + name(r.schema(), r.from()) + " RENAME TO " + id(r.to());
            } else if (change instanceof Change.AddColumn a) {
                ColumnModel c = a.column();
                ColumnModel added = a.withoutNotNull()
                        ? new ColumnModel(
                                c.name(),
                                c.type(),
                                true,
                                c.identity(),
                                c.defaultValue(),
                                c.comment(),
                                c.enumConstants(),
                                c.generated())
                        : c;
                return alter(a.schema(), a.table()) + "ADD COLUMN " + column(added);
            } else if (change instanceof Change.DropColumn d) {
                return alter(d.schema(), d.table()) + "DROP COLUMN " + id(d.column());
            } else if (change instanceof Change.RenameColumn r) {
                return alter(r.schema(), r.table()) + "RENAME COLUMN " + id(r.from()) + " TO " + id(r.to());
            } else if (change instanceof Change.AlterColumnType a) {
                return alterColumn(a.schema(), a.table(), a.column()) + "TYPE " + a.toType()
                        + (a.using().isEmpty() ? "" : " USING " + a.using());
            } else if (change instanceof Change.SetNotNull s) {
                return alterColumn(s.schema(), s.table(), s.column()) + "SET NOT NULL";
            } else if (change instanceof Change.DropNotNull d) {
                return alterColumn(d.schema(), d.table(), d.column()) + "DROP NOT NULL";
            } else if (change instanceof Change.SetDefault s) {
                return alterColumn(s.schema(), s.table(), s.column()) + "SET DEFAULT " + s.defaultValue();
            } else if (change instanceof Change.DropDefault d) {
                return alterColumn(d.schema(), d.table(), d.column()) + "DROP DEFAULT";
            } else if (change instanceof Change.AddIdentity a) {
                return alterColumn(a.schema(), a.table(), a.column()) + "ADD GENERATED BY DEFAULT AS IDENTITY";
            } else if (change instanceof Change.DropIdentity d) {
                return alterColumn(d.schema(), d.table(), d.column()) + "DROP IDENTITY";
            } else if (change instanceof Change.AddPrimaryKey a) {
                return alter(a.schema(), a.table()) + "ADD CONSTRAINT "
                        + id(a.primaryKey().name()) + " PRIMARY KEY "
                        + columns(a.primaryKey().columns());
            } else if (change instanceof Change.AddUnique a) {
                return alter(a.schema(), a.table()) + "ADD CONSTRAINT "
                        + id(a.unique().name()) + " UNIQUE "
                        + columns(a.unique().columns());
            } else if (change instanceof Change.AddCheck a) {
                return alter(a.schema(), a.table()) + "ADD CONSTRAINT "
                        + id(a.check().name()) + " CHECK (" + a.check().expression() + ")";
            } else if (change instanceof Change.AddForeignKey a) {
                return alter(a.schema(), a.table()) + addForeignKey(a.foreignKey());
            } else if (change instanceof Change.DropPrimaryKey d) {
                return dropConstraint(d.schema(), d.table(), d.name());
            } else if (change instanceof Change.DropUnique d) {
                return dropConstraint(d.schema(), d.table(), d.name());
            } else if (change instanceof Change.DropCheck d) {
                return dropConstraint(d.schema(), d.table(), d.name());
            } else if (change instanceof Change.DropForeignKey d) {
                return dropConstraint(d.schema(), d.table(), d.name());
            } else if (change instanceof Change.RenameConstraint r) {
                return alter(r.schema(), r.table()) + "RENAME CONSTRAINT " + id(r.from()) + " TO " + id(r.to());
            } else if (change instanceof Change.RenameIndex r) {
                return "ALTER INDEX " + name(r.schema(), r.from()) + " RENAME TO " + id(r.to());
            } else if (change instanceof Change.SetTableComment c) {
                return "COMMENT ON TABLE " + name(c.schema(), c.table()) + " IS " + commentText(c.comment());
            } else if (change instanceof Change.SetColumnComment c) {
                return "COMMENT ON COLUMN " + name(c.schema(), c.table()) + "." + id(c.column()) + " IS "
                        + commentText(c.comment());
            }
            return declaredObject(change);
        }

        static String declaredObject(Change change) {
            if (change instanceof Change.CreateView c) {
                return "CREATE " + (c.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                        + id(c.view().name()) + " AS\n" + c.view().query()
                        + (c.view().materialized() ? "\nWITH DATA" : "");
            } else if (change instanceof Change.DropView d) {
                return "DROP " + (d.view().materialized() ? "MATERIALIZED VIEW " : "VIEW ")
                        + id(d.view().name());
            } else if (change instanceof Change.CreateFunction c) {
                FunctionModel f = c.function();
                return "CREATE OR REPLACE FUNCTION " + id(f.name()) + "(" + f.arguments() + ") RETURNS " + f.returns()
                        + " LANGUAGE " + id(f.language()) + " AS " + FunctionModel.BODY_QUOTE + f.body()
                        + FunctionModel.BODY_QUOTE;
            } else if (change instanceof Change.DropFunction d) {
                // By name alone: a schema declares one function of a name, and an argument list with
                // defaults could not be repeated here.
                return "DROP FUNCTION " + id(d.function().name());
            } else if (change instanceof Change.CreateTrigger c) {
                TriggerModel t = c.trigger();
                return "CREATE TRIGGER " + id(t.name()) + " " + t.timing() + " " + String.join(" OR ", t.events())
                        + " ON " + name(t.schema(), t.table()) + " FOR EACH " + (t.forEachRow() ? "ROW" : "STATEMENT")
                        + (t.when().isEmpty() ? "" : " WHEN (" + t.when() + ")") + " EXECUTE FUNCTION "
                        + id(t.function()) + "()";
            } else if (change instanceof Change.DropTrigger d) {
                return "DROP TRIGGER " + id(d.trigger().name()) + " ON "
                        + name(d.trigger().schema(), d.trigger().table());
            }
            throw new IllegalArgumentException("no SQL for " + change);
        }

        static String createTable(TableModel table, List<ForeignKeyModel> foreignKeys) {
            List<String> lines = new ArrayList<>();
            table.columns().forEach(c -> lines.add(column(c)));
            if (table.primaryKey() != null) {
                PrimaryKeyModel pk = table.primaryKey();
                lines.add("CONSTRAINT " + id(pk.name()) + " PRIMARY KEY " + columns(pk.columns()));
            }
            table.uniques().forEach(u -> lines.add("CONSTRAINT " + id(u.name()) + " UNIQUE " + columns(u.columns())));
            table.checks().forEach(c -> lines.add("CONSTRAINT " + id(c.name()) + " CHECK (" + c.expression() + ")"));
            foreignKeys.forEach(fk -> lines.add("CONSTRAINT " + id(fk.name()) + " " + foreignKey(fk)));
            String body = String.join(",\n    ", lines);
            return "CREATE TABLE " + name(table.schema(), table.name()) + " (\n    " + body + "\n)";
        }

        static String createIndex(Change.CreateIndex c) {
            IndexModel index = c.index();
            StringBuilder sql = new StringBuilder("CREATE ");
            if (index.unique()) {
                sql.append("UNIQUE ");
            }
            sql.append("INDEX ");
            if (c.concurrently()) {
                // IF NOT EXISTS: a build outside the transaction may be re-run after a failure.
                sql.append("CONCURRENTLY IF NOT EXISTS ");
            }
            sql.append(id(index.name())).append(" ON ").append(name(c.schema(), c.table()));
            if (index.method() != null && !index.method().equals("btree")) {
                sql.append(" USING ").append(index.method());
            }
            String operatorClass = index.operatorClass() == null ? "" : " " + index.operatorClass();
            String keys = index.expression() != null
                    ? index.expression() + operatorClass
                    : index.columns().stream()
                            .map(col -> id(col) + operatorClass)
                            .collect(Collectors.joining(", "));
            sql.append(" (").append(keys).append(")");
            if (!index.include().isEmpty()) {
                sql.append(" INCLUDE ").append(columns(index.include()));
            }
            if (!index.options().isEmpty()) {
                List<String> options = new ArrayList<>();
                for (Map.Entry<String, Integer> option : index.options().entrySet()) {
                    options.add(option.getKey() + " = " + option.getValue());
                }
                sql.append(" WITH (").append(String.join(", ", options)).append(")");
            }
            if (index.where() != null && !index.where().isEmpty()) {
                sql.append(" WHERE ").append(index.where());
            }
            return sql.toString();
        }

        static String column(ColumnModel column) {
            StringBuilder sql = new StringBuilder(id(column.name())).append(' ').append(column.type());
            if (!column.nullable()) {
                sql.append(" NOT NULL");
            }
            if (column.defaultValue() != null) {
                sql.append(" DEFAULT ").append(column.defaultValue());
            }
            if (column.identity()) {
                sql.append(" GENERATED BY DEFAULT AS IDENTITY");
            }
            if (column.generated() != null) {
                sql.append(" GENERATED ALWAYS AS (").append(column.generated()).append(") STORED");
            }
            return sql.toString();
        }

        static String addForeignKey(ForeignKeyModel fk) {
            return "ADD CONSTRAINT " + id(fk.name()) + " " + foreignKey(fk);
        }

        static String foreignKey(ForeignKeyModel fk) {
            StringBuilder sql = new StringBuilder("FOREIGN KEY ")
                    .append(columns(fk.columns()))
                    .append(" REFERENCES ")
                    .append(name(fk.referencedSchema(), fk.referencedTable()))
                    .append(' ')
                    .append(columns(fk.referencedColumns()));
            if (isAction(fk.onDelete())) {
                sql.append(" ON DELETE ").append(fk.onDelete());
            }
            if (isAction(fk.onUpdate())) {
                sql.append(" ON UPDATE ").append(fk.onUpdate());
            }
            return sql.toString();
        }

        private static boolean isAction(String action) {
            return action != null && !action.isEmpty() && !action.equals("NO ACTION");
        }

        static String columns(List<String> columns) {
            return "(" + columns.stream().map(Ddl::id).collect(Collectors.joining(", ")) + ")";
        }

        static String alter(String schema, String table) {
            return "ALTER TABLE " + name(schema, table) + " ";
        }

        static String alterColumn(String schema, String table, String column) {
            return alter(schema, table) + "ALTER COLUMN " + id(column) + " ";
        }

        static String dropConstraint(String schema, String table, String constraint) {
            return alter(schema, table) + "DROP CONSTRAINT " + id(constraint);
        }

        static String commentText(String comment) {
            return comment == null ? "NULL" : Identifiers.literal(comment);
        }

        static String id(String name) {
            return Identifiers.quote(name);
        }

        static String name(String schema, String name) {
            return Identifiers.qualified(schema, name);
        }
    }
}
