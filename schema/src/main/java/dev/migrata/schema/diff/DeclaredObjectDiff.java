package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TriggerModel;
import dev.migrata.schema.model.ViewModel;
// The lexer is a pure function of the text; the diff only asks it which names a query mentions.
import dev.migrata.schema.sql.SqlFragments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Views, functions and triggers by name: a new one is created, one that is gone is dropped, a
 * changed one replaced. PostgreSQL refuses to retype, drop or rename a column a view reads, and to
 * drop a function a trigger or view uses, so what depends on a change is dropped before it and
 * created again after it, in the same revision:
 *
 * <ul>
 *   <li>a view whose query names a table that this revision drops, renames, or whose columns it
 *       retypes, drops or renames, and every view that reads a view so dropped;
 *   <li>a function whose arguments or result type change (it cannot be replaced in place), with
 *       the triggers that execute it and the views that name it;
 *   <li>a trigger with a {@code WHEN} condition on such a table.
 * </ul>
 *
 * <p>"Names a table" is read from the query's words, so it errs on the side of dropping: recreating
 * a view that did not need it costs nothing, missing one fails the revision.
 */
final class DeclaredObjectDiff {

    private DeclaredObjectDiff() {}

    static void diff(DiffContext context, SchemaModel from, SchemaModel to) {
        Set<String> changedTables = changedTables(context);
        Set<String> droppedFunctions = new LinkedHashSet<>();
        functions(context, from, to, droppedFunctions);
        triggers(context, from, to, changedTables, droppedFunctions);
        views(context, from, to, changedTables, droppedFunctions);
    }

    /**
     * The tables (under their names on either side, lower-cased too) whose columns change in a way
     * a view reading them would prevent.
     */
    private static Set<String> changedTables(DiffContext context) {
        Set<String> names = new LinkedHashSet<>();
        for (Change change : context.changesSoFar()) {
            if (change instanceof Change.AlterColumnType c) {
                names.add(c.table());
            } else if (change instanceof Change.DropColumn c) {
                names.add(c.table());
            } else if (change instanceof Change.RenameColumn c) {
                names.add(c.table());
            } else if (change instanceof Change.DropTable c) {
                names.add(c.table());
            } else if (change instanceof Change.RenameTable c) {
                names.add(c.from());
                names.add(c.to());
            }
        }
        // A change names the table as it is when the change runs: the other side's name counts too.
        for (TablePair pair : context.pairs.values()) {
            if (names.contains(pair.from().name()) || names.contains(pair.to().name())) {
                names.add(pair.from().name());
                names.add(pair.to().name());
            }
        }
        return names;
    }

    private static void functions(DiffContext context, SchemaModel from, SchemaModel to, Set<String> dropped) {
        Map<String, FunctionModel> before = new LinkedHashMap<>();
        from.functions().forEach(f -> before.put(f.name(), f));
        for (FunctionModel function : to.functions()) {
            FunctionModel old = before.remove(function.name());
            if (old == null) {
                context.add(Phase.CREATE_FUNCTIONS, new Change.CreateFunction(function, false));
            } else if (!old.equals(function)) {
                boolean inPlace = old.sameSignature(function);
                if (!inPlace) {
                    context.add(Phase.DROP_FUNCTIONS, new Change.DropFunction(old));
                    dropped.add(function.name());
                }
                context.add(Phase.CREATE_FUNCTIONS, new Change.CreateFunction(function, inPlace));
            }
        }
        for (FunctionModel gone : before.values()) {
            context.add(Phase.DROP_FUNCTIONS, new Change.DropFunction(gone));
            dropped.add(gone.name());
        }
    }

    private static void triggers(
            DiffContext context,
            SchemaModel from,
            SchemaModel to,
            Set<String> changedTables,
            Set<String> droppedFunctions) {
        Map<String, TriggerModel> after = new LinkedHashMap<>();
        to.triggers().forEach(t -> after.put(t.name(), t));
        for (TriggerModel old : from.triggers()) {
            TriggerModel now = after.get(old.name());
            boolean recreate = now == null
                    || !now.equals(old)
                    || droppedFunctions.contains(old.function())
                    || (!old.when().isEmpty() && mentions(changedTables, old.table()));
            if (recreate) {
                context.add(Phase.DROP_TRIGGERS, new Change.DropTrigger(old));
            } else {
                after.remove(old.name());
            }
        }
        after.values().forEach(t -> context.add(Phase.CREATE_TRIGGERS, new Change.CreateTrigger(t)));
    }

    private static void views(
            DiffContext context,
            SchemaModel from,
            SchemaModel to,
            Set<String> changedTables,
            Set<String> droppedFunctions) {
        Map<String, ViewModel> after = new LinkedHashMap<>();
        to.views().forEach(v -> after.put(v.name(), v));
        Map<String, String> dropped = new LinkedHashMap<>();
        for (ViewModel old : from.views()) {
            ViewModel now = after.get(old.name());
            if (now == null) {
                dropped.put(old.name(), "removed");
            } else if (!now.equals(old)) {
                dropped.put(old.name(), "changed");
            } else {
                Set<String> names = SqlFragments.identifiers(old.query());
                reason(names, changedTables, "reads table ", ", which this revision changes")
                        .or(() -> reason(names, droppedFunctions, "uses function ", ", which is dropped"))
                        .ifPresent(reason -> dropped.put(old.name(), reason));
            }
        }
        // A view reading a dropped view must go first, and comes back after it; in listed order, a
        // view reads only views before it, so one pass finds every dependent.
        for (ViewModel old : from.views()) {
            if (!dropped.containsKey(old.name())) {
                reason(SqlFragments.identifiers(old.query()), dropped.keySet(), "reads view ", ", which is dropped")
                        .ifPresent(reason -> dropped.put(old.name(), reason));
            }
        }
        List<ViewModel> drops = new ArrayList<>();
        for (ViewModel old : from.views()) {
            if (dropped.containsKey(old.name())) {
                drops.add(0, old);
            }
        }
        drops.forEach(v -> context.add(Phase.DROP_VIEWS, new Change.DropView(v, dropped.get(v.name()))));
        for (ViewModel view : to.views()) {
            boolean exists = from.views().stream().anyMatch(v -> v.name().equals(view.name()));
            if (!exists || dropped.containsKey(view.name())) {
                Change.CreateView create = new Change.CreateView(view);
                context.add(Phase.CREATE_VIEWS, create);
                if (exists && view.materialized() && context.direction == Direction.UPGRADE) {
                    context.problem(
                            create,
                            Problems.materializedViewRefilled(
                                    context.explicit.origin(),
                                    context.explicit.revisionId(),
                                    view.name(),
                                    dropped.get(view.name())));
                }
            }
        }
    }

    /** The first of {@code names} the words mention, as "{@code prefix}name{@code suffix}". */
    private static Optional<String> reason(Set<String> words, Set<String> names, String prefix, String suffix) {
        return names.stream().filter(name -> mentions(words, name)).findFirst().map(name -> prefix + name + suffix);
    }

    /** Whether the name is among the words, as written or folded to lower case. */
    private static boolean mentions(Set<String> words, String name) {
        return words.contains(name) || words.contains(name.toLowerCase(Locale.ROOT));
    }
}
