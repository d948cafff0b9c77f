package dev.migrata.processor.validate;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Warns when a revision's Java {@code DataMigration} would run inside a transaction that changed
 * existing tables: the Java step runs right after the first transaction group's statements, before
 * its commit, so it holds every lock they took for as long as it runs. A backfill of a big table
 * then blocks that table's readers and writers for minutes.
 */
public final class DataMigrationLocks {

    private DataMigrationLocks() {}

    /**
     * The warning for a revision being generated, if its Java step holds locks on existing tables.
     *
     * @param revision the revision
     * @param origin where to report it
     * @param parent the schema at the parent revision: its tables are the existing ones
     * @param model the schema at this revision
     * @param upgrade the upgrade statements
     * @param sqlFile the revision's {@code .sql} file, named in the remedy
     * @param snapshotFile the revision's {@code .schema.json} file, named in the remedy
     */
    public static Optional<Problem> check(
            RevisionModel revision,
            Origin origin,
            SchemaModel parent,
            SchemaModel model,
            List<SqlStatement> upgrade,
            String sqlFile,
            String snapshotFile) {
        if (!revision.dataMigration()) {
            return Optional.empty();
        }
        List<SqlStatement> firstGroup = upgrade.stream()
                .filter(s -> s.group() == SqlStatement.FIRST_GROUP)
                .toList();
        List<String> changed = changedExistingTables(parent, model);
        if (firstGroup.isEmpty() || changed.isEmpty()) {
            return Optional.empty();
        }
        // What a lock line says before its ';' is the level and the table: "ACCESS EXCLUSIVE on users".
        Set<String> locks = new LinkedHashSet<>();
        for (SqlStatement statement : firstGroup) {
            if (statement.lock() != null && !statement.lock().isBlank()) {
                locks.add(statement.lock().split(";", 2)[0].strip());
            }
        }
        String className = revision.className();
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        return Optional.of(Problems.dataMigrationHoldsLocks(
                origin,
                revision.id(),
                className,
                String.join(", ", changed),
                locks.isEmpty() ? "" : " (" + String.join("; ", locks) + ")",
                simpleName,
                sqlFile,
                snapshotFile));
    }

    /**
     * The tables of {@code parent} that {@code model} drops, renames or changes in anything but their
     * indexes: indexes on existing tables are built and dropped concurrently, outside the transaction.
     */
    static List<String> changedExistingTables(SchemaModel parent, SchemaModel model) {
        List<String> changed = new ArrayList<>();
        for (TableModel before : parent.tables()) {
            Optional<TableModel> after = model.tables().stream()
                    .filter(t -> t.schema().equals(before.schema()) && t.name().equals(before.name()))
                    .findFirst();
            if (after.isEmpty() || !sameApartFromIndexes(before, after.get())) {
                changed.add(before.schema().isEmpty() ? before.name() : before.schema() + "." + before.name());
            }
        }
        return changed;
    }

    private static boolean sameApartFromIndexes(TableModel a, TableModel b) {
        return a.columns().equals(b.columns())
                && Objects.equals(a.primaryKey(), b.primaryKey())
                && a.uniques().equals(b.uniques())
                && a.checks().equals(b.checks())
                && a.foreignKeys().equals(b.foreignKeys())
                && Objects.equals(a.comment(), b.comment());
    }
}
