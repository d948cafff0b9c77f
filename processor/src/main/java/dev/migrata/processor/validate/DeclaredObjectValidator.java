package dev.migrata.processor.validate;

import dev.migrata.processor.read.DeclaredObjectRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.sql.SqlFragments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the views, functions and triggers of a schema: valid names, unique per kind; a view's
 * query is one {@code SELECT}; a function's arguments and result type are one fragment each, and its
 * body does not contain the dollar quote it is written in; a trigger's table and function are listed,
 * its {@code WHEN} is one expression, and PostgreSQL can create it.
 */
public final class DeclaredObjectValidator {

    private DeclaredObjectValidator() {}

    /** Every problem of the declared objects. */
    public static List<Problem> validate(DeclaredObjectRead objects) {
        List<Problem> problems = new ArrayList<>();
        Names views = new Names(objects.schemaName(), "view", "View", problems);
        // A view is a relation: its name must be free among the tables of its PostgreSQL schema too.
        Names relations = new Names(objects.schemaName(), "relation", "View", problems);
        objects.tables().forEach(table -> relations.seen().put(table.name(), table.simpleName()));
        for (DeclaredObjectRead.View view : objects.views()) {
            if (!views.add(view.name(), view.owner(), view.nameOrigin())) {
                relations.add(view.name(), view.owner(), view.nameOrigin());
            }
            IdentifierValidator.addProblem(
                    problems, "view", view.name(), view.owner(), "@View(name = \"%s\")", view.nameOrigin());
            query(view, problems);
        }
        Names functions = new Names(objects.schemaName(), "function", "SqlFunction", problems);
        for (DeclaredObjectRead.Function function : objects.functions()) {
            functions.add(function.name(), function.owner(), function.nameOrigin());
            IdentifierValidator.addProblem(
                    problems,
                    "function",
                    function.name(),
                    function.owner(),
                    "@SqlFunction(name = \"%s\")",
                    function.nameOrigin());
            IdentifierValidator.addProblem(
                    problems,
                    "language",
                    function.language(),
                    function.owner(),
                    "@SqlFunction(language = \"%s\")",
                    function.languageOrigin());
            function(function, problems);
        }
        Names triggers = new Names(objects.schemaName(), "trigger", "Trigger", problems);
        for (DeclaredObjectRead.Trigger trigger : objects.triggers()) {
            triggers.add(trigger.name(), trigger.owner(), trigger.nameOrigin());
            IdentifierValidator.addProblem(
                    problems,
                    "trigger",
                    trigger.name(),
                    trigger.owner(),
                    "@Trigger(name = \"%s\")",
                    trigger.nameOrigin());
            trigger(objects.schemaName(), trigger, problems);
        }
        return problems;
    }

    private static void query(DeclaredObjectRead.View view, List<Problem> problems) {
        String query = view.query().strip();
        if (query.isEmpty()) {
            problems.add(Problems.viewQueryEmpty(view.queryOrigin(), view.owner()));
            return;
        }
        Optional<String> reason = SqlFragments.listFlaw(query).map(SqlFragments.Flaw::reason);
        if (reason.isEmpty()) {
            String code = SqlFragments.codeOnly(query).stripLeading().toLowerCase(Locale.ROOT);
            String first = code.split("[^a-z]", 2)[0];
            if (!first.equals("select") && !first.equals("with")) {
                reason = Optional.of("starts with '" + first + "' where SELECT or WITH belongs");
            }
        }
        reason.ifPresent(r ->
                problems.add(Problems.viewQueryNotOneSelect(view.queryOrigin(), Printable.of(query), view.owner(), r)));
    }

    private static void function(DeclaredObjectRead.Function function, List<Problem> problems) {
        if (function.body().contains(FunctionModel.BODY_QUOTE)) {
            problems.add(
                    Problems.functionBodyHasQuote(function.bodyOrigin(), function.owner(), FunctionModel.BODY_QUOTE));
        }
        SqlFragments.listFlaw(function.arguments())
                .ifPresent(flaw -> problems.add(fragmentProblem(
                        "arguments",
                        function.arguments(),
                        function,
                        "argument list",
                        flaw,
                        function.argumentsOrigin())));
        Optional<String> returns = function.returns().isBlank()
                ? Optional.of("is empty")
                : SqlFragments.listFlaw(function.returns()).map(SqlFragments.Flaw::reason);
        returns.ifPresent(reason -> problems.add(Problems.functionPartNotOneFragment(
                function.returnsOrigin(),
                "returns",
                Printable.of(function.returns()),
                function.owner(),
                "type",
                reason)));
    }

    private static Problem fragmentProblem(
            String attribute,
            String text,
            DeclaredObjectRead.Function function,
            String what,
            SqlFragments.Flaw flaw,
            Origin origin) {
        return Problems.functionPartNotOneFragment(
                origin, attribute, Printable.of(text), function.owner(), what, flaw.reason());
    }

    private static void trigger(String schemaName, DeclaredObjectRead.Trigger trigger, List<Problem> problems) {
        if (trigger.table() == null) {
            problems.add(Problems.triggerTableNotListed(
                    trigger.tableOrigin(), trigger.tableClass(), trigger.owner(), schemaName));
        }
        if (trigger.function() == null) {
            problems.add(Problems.triggerFunctionNotListed(
                    trigger.functionOrigin(), trigger.functionClass(), trigger.owner(), schemaName));
        }
        SqlFragments.flaw(trigger.when())
                .ifPresent(flaw -> problems.add(Problems.triggerWhenNotOneExpression(
                        trigger.whenOrigin(), Printable.of(trigger.when()), trigger.owner(), flaw.reason())));
        if (trigger.events().isEmpty()) {
            problems.add(Problems.triggerNotPossible(
                    trigger.eventsOrigin(),
                    trigger.owner(),
                    "events is empty, so it would fire on nothing",
                    "List the events, e.g. events = {TriggerEvent.INSERT, TriggerEvent.UPDATE}."));
        } else if (trigger.forEachRow() && trigger.events().contains("TRUNCATE")) {
            problems.add(Problems.triggerNotPossible(
                    trigger.eventsOrigin(),
                    trigger.owner(),
                    "PostgreSQL fires TRUNCATE triggers for each statement only",
                    "Set forEachRow = false, or fire on the other events."));
        }
        if (trigger.function() != null && !trigger.function().returns().strip().equalsIgnoreCase("trigger")) {
            problems.add(Problems.triggerNotPossible(
                    trigger.functionOrigin(),
                    trigger.owner(),
                    "its function " + trigger.function().owner() + " returns "
                            + Printable.of(trigger.function().returns()) + ", and a trigger executes a function that"
                            + " returns trigger",
                    "Declare it @SqlFunction(returns = \"trigger\", ...)."));
        }
        if (trigger.timing().equals("INSTEAD_OF")) {
            problems.add(Problems.triggerNotPossible(
                    trigger.origin(),
                    trigger.owner(),
                    "INSTEAD OF triggers are for views, and its table is a table",
                    "Use timing = TriggerTiming.BEFORE or AFTER."));
        }
    }

    /** The names of one kind, each reported once when two objects share it. */
    private record Names(
            String schemaName, String kind, String annotation, List<Problem> problems, Map<String, String> seen) {

        Names(String schemaName, String kind, String annotation, List<Problem> problems) {
            this(schemaName, kind, annotation, problems, new LinkedHashMap<>());
        }

        /** Adds a name; {@code true} when it was taken, which is reported. */
        boolean add(String name, String owner, Origin origin) {
            String first = seen.putIfAbsent(name, owner);
            if (first != null) {
                problems.add(
                        Problems.declaredObjectNameTwice(origin, schemaName, kind, name, first, owner, annotation));
            }
            return first != null;
        }
    }
}
