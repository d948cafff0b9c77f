package dev.migrata.schema.diff;

import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Plays changes on a schema model the way PostgreSQL would run their statements, in order, and
 * fails where PostgreSQL would (a missing table, column or constraint, a name taken, a table
 * dropped while still referenced). Lets tests check that a diff really leads from one model to
 * the other, and that the downgrade leads back.
 */
final class ModelApplier {

    private static final class Table {
        String schema;
        String name;
        List<ColumnModel> columns;
        PrimaryKeyModel primaryKey;
        List<UniqueModel> uniques;
        List<CheckModel> checks;
        List<ForeignKeyModel> foreignKeys;
        List<IndexModel> indexes;
        String comment;

        Table(TableModel t, List<ForeignKeyModel> foreignKeys, boolean withIndexes) {
            schema = t.schema();
            name = t.name();
            columns = new ArrayList<>(t.columns());
            primaryKey = t.primaryKey();
            uniques = new ArrayList<>(t.uniques());
            checks = new ArrayList<>(t.checks());
            this.foreignKeys = new ArrayList<>(foreignKeys);
            indexes = withIndexes ? new ArrayList<>(t.indexes()) : new ArrayList<>();
            comment = withIndexes ? t.comment() : null;
            if (!withIndexes) {
                columns.replaceAll(c -> new ColumnModel(
                        c.name(), c.type(), c.nullable(), c.identity(), c.defaultValue(), null, c.enumConstants()));
            }
        }

        TableModel model() {
            // Enum constants live in the database only as the CHECK, which is compared; the list is not.
            List<ColumnModel> sorted = columns.stream()
                    .sorted(Comparator.comparing(ColumnModel::name))
                    .map(c -> new ColumnModel(
                            c.name(), c.type(), c.nullable(), c.identity(), c.defaultValue(), c.comment(), List.of()))
                    .toList();
            return new TableModel(schema, name, sorted, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        }

        int column(String column) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(column)) {
                    return i;
                }
            }
            throw new AssertionError("no column " + name + "." + column);
        }

        void updateColumn(String column, UnaryOperator<ColumnModel> update) {
            int i = column(column);
            columns.set(i, update.apply(columns.get(i)));
        }
    }

    private final Map<String, Table> tables = new TreeMap<>();

    private ModelApplier(SchemaModel model) {
        model.tables().forEach(t -> tables.put(t.name(), new Table(t, t.foreignKeys(), true)));
    }

    /**
     * The model after running the changes, with columns sorted by name (added columns go last in
     * SQL) and without enum constant lists.
     */
    static SchemaModel apply(SchemaModel model, List<Change> changes) {
        ModelApplier applier = new ModelApplier(model);
        for (Change change : changes) {
            try {
                applier.apply(change);
            } catch (AssertionError e) {
                throw new AssertionError("cannot run '" + change.describe() + "': " + e.getMessage(), e);
            }
        }
        return new SchemaModel(
                applier.tables.values().stream().map(Table::model).toList());
    }

    /** The model with columns sorted by name, comparable with {@link #apply}'s result. */
    static SchemaModel normalized(SchemaModel model) {
        return apply(model, List.of());
    }

    private Table table(String name) {
        Table table = tables.get(name);
        if (table == null) {
            throw new AssertionError("no table " + name);
        }
        return table;
    }

    private void apply(Change change) {
        if (change instanceof Change.CreateExtension) {
            return;
        } else if (change instanceof Change.CreateTable c) {
            expect(
                    !tables.containsKey(c.table().name()),
                    "table exists: " + c.table().name());
            for (ForeignKeyModel fk : c.inlineForeignKeys()) {
                expect(
                        fk.referencedTable().equals(c.table().name()) || tables.containsKey(fk.referencedTable()),
                        "referenced table missing: " + fk.referencedTable());
            }
            tables.put(c.table().name(), new Table(c.table(), c.inlineForeignKeys(), false));
        } else if (change instanceof Change.DropTable d) {
            table(d.table());
            for (Table other : tables.values()) {
                if (!other.name.equals(d.table())) {
                    expect(
                            other.foreignKeys.stream()
                                    .noneMatch(fk -> fk.referencedTable().equals(d.table())),
                            other.name + " still references " + d.table());
                }
            }
            tables.remove(d.table());
        } else if (change instanceof Change.RenameTable r) {
            Table table = table(r.from());
            expect(!tables.containsKey(r.to()), "table exists: " + r.to());
            tables.remove(r.from());
            table.name = r.to();
            tables.put(r.to(), table);
            for (Table other : tables.values()) {
                other.foreignKeys.replaceAll(fk -> fk.referencedTable().equals(r.from())
                        ? new ForeignKeyModel(
                                fk.name(),
                                fk.columns(),
                                fk.referencedSchema(),
                                r.to(),
                                fk.referencedColumns(),
                                fk.onDelete(),
                                fk.onUpdate())
                        : fk);
            }
        } else if (change instanceof Change.AddColumn a) {
            Table table = table(a.table());
            expect(
                    table.columns.stream()
                            .noneMatch(c -> c.name().equals(a.column().name())),
                    "column exists");
            ColumnModel c = a.column();
            table.columns.add(new ColumnModel(
                    c.name(),
                    c.type(),
                    c.nullable() || a.withoutNotNull(),
                    c.identity(),
                    c.defaultValue(),
                    null,
                    c.enumConstants()));
        } else if (change instanceof Change.DropColumn d) {
            Table table = table(d.table());
            table.columns.remove(table.column(d.column()));
            expect(table.primaryKey == null || !table.primaryKey.columns().contains(d.column()), "pk uses column");
            expect(table.uniques.stream().noneMatch(u -> u.columns().contains(d.column())), "unique uses column");
            expect(table.foreignKeys.stream().noneMatch(f -> f.columns().contains(d.column())), "fk uses column");
            // PostgreSQL drops the indexes of a dropped column with it.
            table.indexes.removeIf(i -> i.columns().contains(d.column()));
        } else if (change instanceof Change.RenameColumn r) {
            Table table = table(r.table());
            expect(table.columns.stream().noneMatch(c -> c.name().equals(r.to())), "column exists: " + r.to());
            table.updateColumn(
                    r.from(),
                    c -> new ColumnModel(
                            r.to(),
                            c.type(),
                            c.nullable(),
                            c.identity(),
                            c.defaultValue(),
                            c.comment(),
                            c.enumConstants()));
            UnaryOperator<List<String>> rename = cols ->
                    cols.stream().map(c -> c.equals(r.from()) ? r.to() : c).toList();
            if (table.primaryKey != null) {
                table.primaryKey =
                        new PrimaryKeyModel(table.primaryKey.name(), rename.apply(table.primaryKey.columns()));
            }
            table.uniques.replaceAll(u -> new UniqueModel(u.name(), rename.apply(u.columns())));
            table.foreignKeys.replaceAll(fk -> new ForeignKeyModel(
                    fk.name(),
                    rename.apply(fk.columns()),
                    fk.referencedSchema(),
                    fk.referencedTable(),
                    fk.referencedColumns(),
                    fk.onDelete(),
                    fk.onUpdate()));
            table.indexes.replaceAll(i -> new IndexModel(
                    i.name(),
                    rename.apply(i.columns()),
                    i.unique(),
                    i.method(),
                    i.operatorClass(),
                    i.options(),
                    i.where()));
            for (Table other : tables.values()) {
                other.foreignKeys.replaceAll(fk -> fk.referencedTable().equals(table.name)
                        ? new ForeignKeyModel(
                                fk.name(),
                                fk.columns(),
                                fk.referencedSchema(),
                                fk.referencedTable(),
                                rename.apply(fk.referencedColumns()),
                                fk.onDelete(),
                                fk.onUpdate())
                        : fk);
            }
        } else if (change instanceof Change.AlterColumnType a) {
            table(a.table()).updateColumn(a.column(), c -> {
                expect(c.type().equals(a.fromType()), "type is " + c.type());
                return new ColumnModel(
                        c.name(),
                        a.toType(),
                        c.nullable(),
                        c.identity(),
                        c.defaultValue(),
                        c.comment(),
                        c.enumConstants());
            });
        } else if (change instanceof Change.SetNotNull s) {
            table(s.table()).updateColumn(s.column(), c -> withNullable(c, false));
        } else if (change instanceof Change.DropNotNull d) {
            table(d.table()).updateColumn(d.column(), c -> {
                expect(!c.identity(), "identity column cannot drop NOT NULL");
                return withNullable(c, true);
            });
        } else if (change instanceof Change.SetDefault s) {
            table(s.table())
                    .updateColumn(
                            s.column(),
                            c -> new ColumnModel(
                                    c.name(),
                                    c.type(),
                                    c.nullable(),
                                    c.identity(),
                                    s.defaultValue(),
                                    c.comment(),
                                    c.enumConstants()));
        } else if (change instanceof Change.DropDefault d) {
            table(d.table())
                    .updateColumn(
                            d.column(),
                            c -> new ColumnModel(
                                    c.name(),
                                    c.type(),
                                    c.nullable(),
                                    c.identity(),
                                    null,
                                    c.comment(),
                                    c.enumConstants()));
        } else if (change instanceof Change.AddIdentity a) {
            table(a.table()).updateColumn(a.column(), c -> {
                expect(!c.nullable() && c.defaultValue() == null, "identity needs NOT NULL and no default");
                return new ColumnModel(c.name(), c.type(), c.nullable(), true, null, c.comment(), c.enumConstants());
            });
        } else if (change instanceof Change.DropIdentity d) {
            table(d.table())
                    .updateColumn(
                            d.column(),
                            c -> new ColumnModel(
                                    c.name(),
                                    c.type(),
                                    c.nullable(),
                                    false,
                                    c.defaultValue(),
                                    c.comment(),
                                    c.enumConstants()));
        } else if (change instanceof Change.AddPrimaryKey a) {
            Table table = table(a.table());
            expect(table.primaryKey == null, "pk exists");
            a.primaryKey().columns().forEach(table::column);
            table.primaryKey = a.primaryKey();
        } else if (change instanceof Change.DropPrimaryKey d) {
            Table table = table(d.table());
            expect(table.primaryKey != null && table.primaryKey.name().equals(d.name()), "no pk " + d.name());
            expectNotReferenced(table, table.primaryKey.columns());
            table.primaryKey = null;
        } else if (change instanceof Change.AddUnique a) {
            Table table = table(a.table());
            a.unique().columns().forEach(table::column);
            table.uniques.add(a.unique());
        } else if (change instanceof Change.DropUnique d) {
            Table table = table(d.table());
            table.uniques.stream()
                    .filter(u -> u.name().equals(d.name()))
                    .forEach(u -> expectNotReferenced(table, u.columns()));
            expect(table.uniques.removeIf(u -> u.name().equals(d.name())), "no unique " + d.name());
        } else if (change instanceof Change.AddCheck a) {
            table(a.table()).checks.add(a.check());
        } else if (change instanceof Change.DropCheck d) {
            expect(table(d.table()).checks.removeIf(c -> c.name().equals(d.name())), "no check " + d.name());
        } else if (change instanceof Change.AddForeignKey a) {
            Table table = table(a.table());
            a.foreignKey().columns().forEach(table::column);
            Table referenced = table(a.foreignKey().referencedTable());
            a.foreignKey().referencedColumns().forEach(referenced::column);
            table.foreignKeys.add(a.foreignKey());
        } else if (change instanceof Change.DropForeignKey d) {
            expect(table(d.table()).foreignKeys.removeIf(f -> f.name().equals(d.name())), "no fk " + d.name());
        } else if (change instanceof Change.RenameConstraint r) {
            renameConstraint(table(r.table()), r.from(), r.to());
        } else if (change instanceof Change.CreateIndex c) {
            Table table = table(c.table());
            c.index().columns().forEach(table::column);
            boolean exists = tables.values().stream()
                    .anyMatch(t -> t.indexes.stream()
                            .anyMatch(i -> i.name().equals(c.index().name())));
            expect(!exists, "index exists: " + c.index().name());
            table.indexes.add(c.index());
        } else if (change instanceof Change.DropIndex d) {
            boolean removed = false;
            for (Table table : tables.values()) {
                removed |= table.indexes.removeIf(i -> i.name().equals(d.name()));
            }
            expect(removed || d.concurrently(), "no index " + d.name()); // CONCURRENTLY comes with IF EXISTS
        } else if (change instanceof Change.RenameIndex r) {
            Table table = table(r.table());
            expect(table.indexes.stream().anyMatch(i -> i.name().equals(r.from())), "no index " + r.from());
            table.indexes.replaceAll(i -> i.name().equals(r.from())
                    ? new IndexModel(
                            r.to(), i.columns(), i.unique(), i.method(), i.operatorClass(), i.options(), i.where())
                    : i);
        } else if (change instanceof Change.SetTableComment c) {
            table(c.table()).comment = c.comment();
        } else if (change instanceof Change.SetColumnComment c) {
            table(c.table())
                    .updateColumn(
                            c.column(),
                            col -> new ColumnModel(
                                    col.name(),
                                    col.type(),
                                    col.nullable(),
                                    col.identity(),
                                    col.defaultValue(),
                                    c.comment(),
                                    col.enumConstants()));
        } else {
            throw new AssertionError("unknown change " + change);
        }
    }

    private static void renameConstraint(Table table, String from, String to) {
        if (table.primaryKey != null && table.primaryKey.name().equals(from)) {
            table.primaryKey = new PrimaryKeyModel(to, table.primaryKey.columns());
            return;
        }
        for (int i = 0; i < table.uniques.size(); i++) {
            if (table.uniques.get(i).name().equals(from)) {
                table.uniques.set(i, new UniqueModel(to, table.uniques.get(i).columns()));
                return;
            }
        }
        for (int i = 0; i < table.checks.size(); i++) {
            if (table.checks.get(i).name().equals(from)) {
                table.checks.set(i, new CheckModel(to, table.checks.get(i).expression()));
                return;
            }
        }
        for (int i = 0; i < table.foreignKeys.size(); i++) {
            ForeignKeyModel fk = table.foreignKeys.get(i);
            if (fk.name().equals(from)) {
                table.foreignKeys.set(
                        i,
                        new ForeignKeyModel(
                                to,
                                fk.columns(),
                                fk.referencedSchema(),
                                fk.referencedTable(),
                                fk.referencedColumns(),
                                fk.onDelete(),
                                fk.onUpdate()));
                return;
            }
        }
        throw new AssertionError("no constraint " + from + " on " + table.name);
    }

    private static ColumnModel withNullable(ColumnModel c, boolean nullable) {
        expect(c.nullable() != nullable, "nullability already " + nullable);
        return new ColumnModel(
                c.name(), c.type(), nullable, c.identity(), c.defaultValue(), c.comment(), c.enumConstants());
    }

    /** PostgreSQL refuses to drop a key that a foreign key still depends on. */
    private void expectNotReferenced(Table table, List<String> key) {
        for (Table other : tables.values()) {
            for (ForeignKeyModel fk : other.foreignKeys) {
                expect(
                        !(fk.referencedTable().equals(table.name)
                                && Set.copyOf(fk.referencedColumns()).equals(Set.copyOf(key))),
                        other.name + "." + fk.name() + " still references the key " + key + " of " + table.name);
            }
        }
    }

    private static void expect(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
