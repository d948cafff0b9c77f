package dev.migrata.runtime;

import dev.migrata.runtime.internal.CatalogReader;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Migrator#check()}: reads the live catalog of the schemas the head schema names (and the
 * connection's default schema), lets the server normalize the expressions it respells and print the
 * declared views, functions and triggers, and compares.
 */
final class DriftCheck {

    private DriftCheck() {}

    /**
     * The differences between {@code expected} and the live database.
     *
     * @param checkExclude the builder's table patterns, left out unless {@code expected} declares them
     * @param rows the history table's rows, for the note on a database that is not at the head
     */
    static DriftReport compare(
            Connection connection,
            String chainName,
            SchemaDefinition expected,
            List<String> checkExclude,
            List<AppliedRevision> rows,
            List<Migration> revisions)
            throws SQLException {
        String found = CatalogReader.currentSchema(connection);
        String defaultSchema = found == null ? "public" : found;
        Set<String> schemas = new TreeSet<>();
        Set<String> declared = new HashSet<>();
        schemas.add(defaultSchema);
        expected.tables().forEach(table -> {
            String schema = table.schema().isEmpty() ? defaultSchema : table.schema();
            schemas.add(schema);
            declared.add(schema + "." + table.name());
        });
        CheckExclusions exclusions = CheckExclusions.of(checkExclude, declared);
        CatalogReader.Catalog live = CatalogReader.read(connection, schemas, exclusions::excludes);
        List<String> notes = new ArrayList<>();
        HeadDistance.note(chainName, rows, revisions).ifPresent(notes::add);
        CheckExpressions.Normalized checks =
                CheckExpressions.normalize(connection, pairs(expected, live, defaultSchema));
        Map<String, SchemaDefinition.Table> liveTables = new HashMap<>();
        live.definition().tables().forEach(table -> liveTables.put(table.schema() + "." + table.name(), table));
        DeclaredObjectTexts.Printed objects =
                DeclaredObjectTexts.print(connection, expected, liveTables, defaultSchema);
        return SchemaComparator.compare(expected, live, defaultSchema, checks, objects, notes);
    }

    /** Each declared table with the live table of the same name, where there is one. */
    private static List<CheckExpressions.TablePair> pairs(
            SchemaDefinition expected, CatalogReader.Catalog live, String defaultSchema) {
        Map<String, SchemaDefinition.Table> byName = new HashMap<>();
        live.definition().tables().forEach(table -> byName.put(table.schema() + "." + table.name(), table));
        List<CheckExpressions.TablePair> pairs = new ArrayList<>();
        for (SchemaDefinition.Table table : expected.tables()) {
            SchemaDefinition.Table have =
                    byName.get((table.schema().isEmpty() ? defaultSchema : table.schema()) + "." + table.name());
            if (have != null) {
                pairs.add(new CheckExpressions.TablePair(table, have));
            }
        }
        return pairs;
    }
}
