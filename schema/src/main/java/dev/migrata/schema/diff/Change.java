package dev.migrata.schema.diff;

import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.TriggerModel;
import dev.migrata.schema.model.UniqueModel;
import dev.migrata.schema.model.ViewModel;
import java.util.List;

/**
 * One step from one schema to another, in the order {@link SchemaDiffer} puts them. Each step
 * carries the table name that is current at the moment it runs: steps that run before the table
 * renames (dropping constraints) name the table as it was, the others as it becomes.
 */
public sealed interface Change {

    /** A human one-liner such as {@code add column users.age (integer)}, used in compile errors. */
    String describe();

    /** {@code CREATE EXTENSION IF NOT EXISTS <name>}. */
    record CreateExtension(String name) implements Change {
        @Override
        public String describe() {
            return "create extension " + name;
        }
    }

    /** {@code CREATE TYPE <name> AS ENUM (<labels>)}: before the tables that use it. */
    record CreateEnumType(EnumTypeModel type) implements Change {
        @Override
        public String describe() {
            return "create enum type " + type.name() + " (" + String.join(", ", type.labels()) + ")";
        }
    }

    /**
     * {@code ALTER TYPE <type> ADD VALUE IF NOT EXISTS <label>}, placed {@code AFTER} the label before
     * it or {@code BEFORE} the one after it, so the type keeps the declaration order.
     *
     * @param after the label it follows, or {@code null}
     * @param before the label it precedes when it is the first, or {@code null}; both {@code null}:
     *     appended
     */
    record AddEnumLabel(String type, String label, String after, String before) implements Change {
        @Override
        public String describe() {
            return "add label '" + label + "' to enum type " + type;
        }
    }

    /**
     * A label the target does not have, which stays: PostgreSQL cannot drop an enum label, so the
     * downgrade of an added label writes no statement (the upgrade's warning says so).
     */
    record KeepEnumLabel(String type, String label) implements Change {
        @Override
        public String describe() {
            return "remove label '" + label + "' from enum type " + type + " (kept: PostgreSQL cannot drop one)";
        }
    }

    /** {@code DROP TYPE <name>}: after the tables that used it. */
    record DropEnumType(String name) implements Change {
        @Override
        public String describe() {
            return "drop enum type " + name;
        }
    }

    /**
     * A new table with its columns, primary key, uniques, checks and the foreign keys that can be
     * declared inline (those whose referenced table exists when it is created).
     */
    record CreateTable(TableModel table, List<ForeignKeyModel> inlineForeignKeys) implements Change {
        /** Copies the list. */
        public CreateTable {
            inlineForeignKeys = List.copyOf(inlineForeignKeys);
        }

        @Override
        public String describe() {
            return "create table " + Describe.table(table.schema(), table.name());
        }
    }

    /**
     * {@code DROP TABLE}; its indexes and constraints go with it.
     *
     * @param foreignKeys the table's foreign keys that are still in place when it is dropped: dropping
     *     them locks the tables they reference
     */
    record DropTable(String schema, String table, List<ForeignKeyModel> foreignKeys) implements Change {
        /** Copies the list. */
        public DropTable {
            foreignKeys = List.copyOf(foreignKeys);
        }

        @Override
        public String describe() {
            return "drop table " + Describe.table(schema, table);
        }
    }

    /** {@code ALTER TABLE ... RENAME TO}. */
    record RenameTable(String schema, String from, String to) implements Change {
        @Override
        public String describe() {
            return "rename table " + Describe.table(schema, from) + " to " + to;
        }
    }

    /**
     * {@code ADD COLUMN} with its type, nullability, default and identity.
     *
     * @param withoutNotNull whether the column is added nullable although the model declares it NOT
     *     NULL: a downgrade that restores a dropped NOT NULL column without a default has no value to
     *     put in the rows the table holds, so NOT NULL would fail
     */
    record AddColumn(String schema, String table, ColumnModel column, boolean withoutNotNull) implements Change {

        /** A column added exactly as the model declares it. */
        public AddColumn(String schema, String table, ColumnModel column) {
            this(schema, table, column, false);
        }

        /**
         * Whether PostgreSQL writes a value into every existing row, rewriting the table: an identity
         * column, a stored generated column, or a default it must evaluate per row ({@code
         * gen_random_uuid()}, …). A constant or stable default ({@code 0}, {@code now()}) is stored
         * once in the catalog instead.
         */
        public boolean rewritesTable() {
            return column.identity()
                    || column.generated() != null
                    || VolatileDefaults.isVolatile(column.defaultValue());
        }

        @Override
        public String describe() {
            return "add column " + Describe.column(schema, table, column.name()) + " (" + column.type()
                    + (column.nullable() ? "" : ", not null")
                    + (column.defaultValue() == null ? "" : ", default " + column.defaultValue())
                    + (column.generated() == null ? "" : ", generated " + column.generated()) + ")";
        }
    }

    /** {@code DROP COLUMN}. */
    record DropColumn(String schema, String table, String column) implements Change {
        @Override
        public String describe() {
            return "drop column " + Describe.column(schema, table, column);
        }
    }

    /** {@code RENAME COLUMN}. */
    record RenameColumn(String schema, String table, String from, String to) implements Change {
        @Override
        public String describe() {
            return "rename column " + Describe.column(schema, table, from) + " to " + to;
        }
    }

    /**
     * {@code ALTER COLUMN ... TYPE}.
     *
     * @param using the {@code USING} expression, or {@code ""} for PostgreSQL's assignment cast
     */
    record AlterColumnType(String schema, String table, String column, String fromType, String toType, String using)
            implements Change {

        /**
         * Whether PostgreSQL rewrites the table and its indexes: always with a {@code USING}
         * expression, and for every conversion that is not binary-coercible (a longer varchar, varchar
         * to text and a wider numeric only change the catalog).
         */
        public boolean rewritesTable() {
            return !using.isEmpty() || TypeConversions.rewrites(fromType, toType);
        }

        @Override
        public String describe() {
            return "change type of " + Describe.column(schema, table, column) + " from " + fromType + " to " + toType
                    + (using.isEmpty() ? "" : " using " + using);
        }
    }

    /**
     * {@code ALTER COLUMN ... SET NOT NULL} on a column that exists. On a table with rows it is proved
     * first by a {@link #checkName() check} validated while writes continue, so that {@code SET NOT
     * NULL} itself need not scan the table under its ACCESS EXCLUSIVE lock.
     */
    record SetNotNull(String schema, String table, String column) implements Change {

        /** The name of the {@code CHECK (column IS NOT NULL)} that proves the column holds no NULL. */
        public String checkName() {
            return Names.notNullCheck(table, column);
        }

        @Override
        public String describe() {
            return "make " + Describe.column(schema, table, column) + " not null";
        }
    }

    /** {@code ALTER COLUMN ... DROP NOT NULL}. */
    record DropNotNull(String schema, String table, String column) implements Change {
        @Override
        public String describe() {
            return "make " + Describe.column(schema, table, column) + " nullable";
        }
    }

    /** {@code ALTER COLUMN ... SET DEFAULT}. */
    record SetDefault(String schema, String table, String column, String defaultValue) implements Change {
        @Override
        public String describe() {
            return "set default of " + Describe.column(schema, table, column) + " to " + defaultValue;
        }
    }

    /** {@code ALTER COLUMN ... DROP DEFAULT}. */
    record DropDefault(String schema, String table, String column) implements Change {
        @Override
        public String describe() {
            return "drop default of " + Describe.column(schema, table, column);
        }
    }

    /** {@code ALTER COLUMN ... ADD GENERATED BY DEFAULT AS IDENTITY}. */
    record AddIdentity(String schema, String table, String column) implements Change {
        @Override
        public String describe() {
            return "make " + Describe.column(schema, table, column) + " an identity column";
        }
    }

    /** {@code ALTER COLUMN ... DROP IDENTITY}. */
    record DropIdentity(String schema, String table, String column) implements Change {
        @Override
        public String describe() {
            return "make " + Describe.column(schema, table, column) + " no longer an identity column";
        }
    }

    /** {@code ADD CONSTRAINT ... PRIMARY KEY}. */
    record AddPrimaryKey(String schema, String table, PrimaryKeyModel primaryKey) implements Change {
        @Override
        public String describe() {
            return "add primary key " + primaryKey.name() + " on " + Describe.table(schema, table) + " ("
                    + String.join(", ", primaryKey.columns()) + ")";
        }
    }

    /** {@code DROP CONSTRAINT} of a primary key. */
    record DropPrimaryKey(String schema, String table, String name) implements Change {
        @Override
        public String describe() {
            return "drop primary key " + name + " of " + Describe.table(schema, table);
        }
    }

    /** {@code ADD CONSTRAINT ... UNIQUE}. */
    record AddUnique(String schema, String table, UniqueModel unique) implements Change {
        @Override
        public String describe() {
            return "add unique constraint " + unique.name() + " on " + Describe.table(schema, table) + " ("
                    + String.join(", ", unique.columns()) + ")";
        }
    }

    /** {@code DROP CONSTRAINT} of a unique constraint. */
    record DropUnique(String schema, String table, String name) implements Change {
        @Override
        public String describe() {
            return "drop unique constraint " + name + " of " + Describe.table(schema, table);
        }
    }

    /** {@code ADD CONSTRAINT ... CHECK}. */
    record AddCheck(String schema, String table, CheckModel check) implements Change {
        @Override
        public String describe() {
            return "add check " + check.name() + " on " + Describe.table(schema, table) + ": " + check.expression();
        }
    }

    /** {@code DROP CONSTRAINT} of a check. */
    record DropCheck(String schema, String table, String name) implements Change {
        @Override
        public String describe() {
            return "drop check " + name + " of " + Describe.table(schema, table);
        }
    }

    /**
     * {@code ADD CONSTRAINT ... FOREIGN KEY}.
     *
     * @param notValid whether to add it {@code NOT VALID} and validate it in a second statement,
     *     for tables that already hold rows
     */
    record AddForeignKey(String schema, String table, ForeignKeyModel foreignKey, boolean notValid) implements Change {
        @Override
        public String describe() {
            return "add foreign key " + foreignKey.name() + " on " + Describe.table(schema, table) + " ("
                    + String.join(", ", foreignKey.columns()) + ") -> "
                    + Describe.table(foreignKey.referencedSchema(), foreignKey.referencedTable()) + " ("
                    + String.join(", ", foreignKey.referencedColumns()) + ")";
        }
    }

    /**
     * {@code DROP CONSTRAINT} of a foreign key.
     *
     * @param referencedSchema the PostgreSQL schema of the table the key references, {@code ""} for the
     *     default
     * @param referencedTable the table the key references, as it is named when the key is dropped:
     *     dropping the key locks it too
     */
    record DropForeignKey(String schema, String table, String name, String referencedSchema, String referencedTable)
            implements Change {
        @Override
        public String describe() {
            return "drop foreign key " + name + " of " + Describe.table(schema, table);
        }
    }

    /** {@code RENAME CONSTRAINT}: the same constraint under the name its renamed table or column implies. */
    record RenameConstraint(String schema, String table, String from, String to) implements Change {
        @Override
        public String describe() {
            return "rename constraint " + from + " of " + Describe.table(schema, table) + " to " + to;
        }
    }

    /**
     * {@code CREATE INDEX}.
     *
     * @param concurrently whether to build it {@code CONCURRENTLY} outside the transaction, for
     *     tables that already hold rows
     */
    record CreateIndex(String schema, String table, IndexModel index, boolean concurrently) implements Change {
        @Override
        public String describe() {
            return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on "
                    + Describe.table(schema, table) + " using " + (index.method() == null ? "btree" : index.method())
                    + " ("
                    + (index.expression() == null ? String.join(", ", index.columns()) : index.expression()) + ")"
                    + (index.include().isEmpty() ? "" : " include (" + String.join(", ", index.include()) + ")")
                    + (index.where() == null ? "" : " where " + index.where());
        }
    }

    /** {@code DROP INDEX}, concurrently for tables that stay. */
    record DropIndex(String schema, String table, String name, boolean concurrently) implements Change {
        @Override
        public String describe() {
            return "drop index " + name + " of " + Describe.table(schema, table);
        }
    }

    /** {@code ALTER INDEX ... RENAME TO}. */
    record RenameIndex(String schema, String table, String from, String to) implements Change {
        @Override
        public String describe() {
            return "rename index " + from + " of " + Describe.table(schema, table) + " to " + to;
        }
    }

    /** {@code COMMENT ON TABLE}; a {@code null} comment removes it. */
    record SetTableComment(String schema, String table, String comment) implements Change {
        @Override
        public String describe() {
            return (comment == null ? "remove comment of table " : "set comment of table ")
                    + Describe.table(schema, table)
                    + (comment == null ? "" : " to '" + comment + "'");
        }
    }

    /** {@code COMMENT ON COLUMN}; a {@code null} comment removes it. */
    record SetColumnComment(String schema, String table, String column, String comment) implements Change {
        @Override
        public String describe() {
            return (comment == null ? "remove comment of column " : "set comment of column ")
                    + Describe.column(schema, table, column)
                    + (comment == null ? "" : " to '" + comment + "'");
        }
    }

    /** {@code CREATE [MATERIALIZED] VIEW … AS …}: after the tables, columns and functions it reads. */
    record CreateView(ViewModel view) implements Change {
        @Override
        public String describe() {
            return "create " + view.kind() + " " + view.name() + " as " + view.query();
        }
    }

    /**
     * {@code DROP [MATERIALIZED] VIEW}: before the tables and columns it reads change or go.
     *
     * @param view the view as the database has it
     * @param reason why it is dropped, for the description: {@code removed}, {@code changed}, or the
     *     change of what it reads it is dropped around
     */
    record DropView(ViewModel view, String reason) implements Change {
        @Override
        public String describe() {
            return "drop " + view.kind() + " " + view.name() + " (" + reason + ")";
        }
    }

    /**
     * {@code CREATE OR REPLACE FUNCTION}: before the triggers and views that use it.
     *
     * @param replaces whether a function of the same signature exists, which it replaces in place
     */
    record CreateFunction(FunctionModel function, boolean replaces) implements Change {
        @Override
        public String describe() {
            return (replaces ? "replace" : "create") + " function " + function.name() + "(" + function.arguments()
                    + ") returns " + function.returns();
        }
    }

    /** {@code DROP FUNCTION}: after the triggers and views that used it are dropped. */
    record DropFunction(FunctionModel function) implements Change {
        @Override
        public String describe() {
            return "drop function " + function.name() + "(" + function.arguments() + ")";
        }
    }

    /** {@code CREATE TRIGGER}: after its table and its function exist. */
    record CreateTrigger(TriggerModel trigger) implements Change {
        @Override
        public String describe() {
            return "create trigger " + trigger.name() + " on " + Describe.table(trigger.schema(), trigger.table())
                    + " executing " + trigger.function();
        }
    }

    /** {@code DROP TRIGGER … ON}: before its table or its function go; named as the table is before renames. */
    record DropTrigger(TriggerModel trigger) implements Change {
        @Override
        public String describe() {
            return "drop trigger " + trigger.name() + " on " + Describe.table(trigger.schema(), trigger.table());
        }
    }
}
