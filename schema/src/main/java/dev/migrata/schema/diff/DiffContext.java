package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The state one diff shares between its steps: both models, the directives, the pairs found so far,
 * and the changes (collected per {@link Phase}) and problems found, each with the change it concerns
 * when there is one. Every map keeps insertion order,
 * so nothing depends on hash order.
 */
final class DiffContext {

    final ExplicitChanges explicit;
    final Direction direction;
    final Map<String, TableModel> fromTables = new LinkedHashMap<>();
    final Map<String, TableModel> toTables = new LinkedHashMap<>();
    /** Tables present on both sides, keyed by the name in the "from" model; filled by {@link TableDiff}. */
    final Map<String, TablePair> pairs = new LinkedHashMap<>();
    /** For each paired table (by "from" name), its columns: "from" name → "to" name; filled by {@link ColumnDiff}. */
    final Map<String, Map<String, String>> columnMaps = new LinkedHashMap<>();

    private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Change, List<Problem>> problemsByChange = new LinkedHashMap<>();

    DiffContext(SchemaModel from, SchemaModel to, ExplicitChanges explicit, Direction direction) {
        this.explicit = explicit;
        this.direction = direction;
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
        from.tables().forEach(t -> fromTables.put(t.name(), t));
        to.tables().forEach(t -> toTables.put(t.name(), t));
    }

    /** The changes in phase order, and the problems in the order found. */
    DiffResult result() {
        List<Change> changes = new ArrayList<>();
        phases.values().forEach(changes::addAll);
        return new DiffResult(changes, problems, problemsByChange);
    }

    /** The pair a directive's table names: by its name in the "to" model first, else in the "from" model. */
    TablePair pairFor(String table) {
        for (TablePair pair : pairs.values()) {
            if (pair.to().name().equals(table)) {
                return pair;
            }
        }
        return pairs.values().stream().filter(p -> p.named(table)).findFirst().orElse(null);
    }

    /** The columns under their new names; {@code null} when one of them does not survive. */
    List<String> mapColumns(TablePair pair, List<String> columns) {
        Map<String, String> map = columnMaps.get(pair.from().name());
        List<String> mapped = new ArrayList<>();
        for (String column : columns) {
            String to = map.get(column);
            if (to == null) {
                return null;
            }
            mapped.add(to);
        }
        return mapped;
    }

    /** Reports a directive whose table is not where it must be ({@code where}: "in the parent", …). */
    void unknownTable(Directive d, String table, String where) {
        problem(Problems.directiveUnknownTable(
                d.origin(), text(d), table, where, explicit.revisionId(), String.join(", ", fromTables.keySet())));
    }

    /** The table's column names, for messages. */
    static String columnNames(TableModel table) {
        return table.columns().stream().map(ColumnModel::name).collect(Collectors.joining(", "));
    }

    /** The directive as the annotation it was written as, for messages. */
    static String text(Directive d) {
        return AnnotationText.of(d);
    }

    /** Every change collected so far, in phase order. */
    List<Change> changesSoFar() {
        List<Change> changes = new ArrayList<>();
        phases.values().forEach(changes::addAll);
        return changes;
    }

    /** Collects a change into its phase. */
    void add(Phase phase, Change change) {
        phases.get(phase).add(change);
    }

    /** Reports a problem. */
    void problem(Problem problem) {
        problems.add(problem);
    }

    /** Reports a problem about one change, so that it can also be written above that change's SQL. */
    void problem(Change change, Problem problem) {
        problems.add(problem);
        problemsByChange.computeIfAbsent(change, c -> new ArrayList<>()).add(problem);
    }
}
