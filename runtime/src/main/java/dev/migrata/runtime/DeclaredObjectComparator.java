package dev.migrata.runtime;

import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the declared views, functions and triggers with the live ones: missing, extra, and a
 * different definition, each definition as the server prints it ({@link DeclaredObjectTexts}).
 */
final class DeclaredObjectComparator {

    private DeclaredObjectComparator() {}

    static void compare(
            SchemaDefinition expected,
            SchemaDefinition live,
            String defaultSchema,
            DeclaredObjectTexts.Printed printed,
            List<DriftReport.Drift> drifts) {
        views(expected, live, defaultSchema, printed, drifts);
        functions(expected, live, defaultSchema, printed, drifts);
        triggers(expected, live, defaultSchema, printed, drifts);
    }

    private static void views(
            SchemaDefinition expected,
            SchemaDefinition live,
            String defaultSchema,
            DeclaredObjectTexts.Printed printed,
            List<DriftReport.Drift> drifts) {
        Map<String, SchemaDefinition.View> actual = new LinkedHashMap<>();
        live.views().forEach(v -> actual.put(v.name(), v));
        for (SchemaDefinition.View want : expected.views()) {
            SchemaDefinition.View have = actual.remove(defaultSchema + "." + want.name());
            if (have == null) {
                drifts.add(SchemaComparator.drift(DriftReport.Kind.MISSING_VIEW, want.name(), describe(want), null));
                continue;
            }
            String key = DeclaredObjectTexts.view(want.name());
            String refused = printed.refused().get(key);
            String wantQuery = printed.printed().get(key);
            boolean differs = want.materialized() != have.materialized()
                    || refused != null
                    || (wantQuery != null
                            && !wantQuery.strip().equals(have.query().strip()));
            if (differs) {
                String shown = refused != null
                        ? describe(want) + " (the server refused it: " + refused + ")"
                        : kind(want) + ": " + (wantQuery == null ? want.query() : wantQuery.strip());
                drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.VIEW_DEFINITION,
                        want.name(),
                        shown,
                        kind(have) + ": " + have.query().strip()));
            }
        }
        actual.values()
                .forEach(extra -> drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.EXTRA_VIEW, label(extra.name(), defaultSchema), null, describe(extra))));
    }

    private static void functions(
            SchemaDefinition expected,
            SchemaDefinition live,
            String defaultSchema,
            DeclaredObjectTexts.Printed printed,
            List<DriftReport.Drift> drifts) {
        List<SchemaDefinition.Function> actual = new ArrayList<>(live.functions());
        for (SchemaDefinition.Function want : expected.functions()) {
            String qualified = defaultSchema + "." + want.name();
            List<SchemaDefinition.Function> named =
                    actual.stream().filter(f -> f.name().equals(qualified)).toList();
            if (named.isEmpty()) {
                drifts.add(
                        SchemaComparator.drift(DriftReport.Kind.MISSING_FUNCTION, want.name(), describe(want), null));
                continue;
            }
            String arguments =
                    printed.printed().getOrDefault(DeclaredObjectTexts.arguments(want.name()), want.arguments());
            String result = printed.printed().getOrDefault(DeclaredObjectTexts.result(want.name()), want.returns());
            SchemaDefinition.Function have = named.stream()
                    .filter(f -> f.arguments().equals(arguments))
                    .findFirst()
                    .orElse(named.get(0));
            actual.remove(have);
            if (printed.unavailable() != null) {
                continue; // the declared signature could not be printed as the server prints it
            }
            SchemaDefinition.Function normalized =
                    new SchemaDefinition.Function(want.name(), arguments, result, want.language(), want.body());
            boolean same = have.arguments().equals(arguments)
                    && have.returns().equals(result)
                    && have.language().equals(want.language().toLowerCase(Locale.ROOT))
                    && have.body().strip().equals(want.body().strip());
            if (!same) {
                drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.FUNCTION_DEFINITION, want.name(), describe(normalized), describe(have)));
            }
        }
        actual.forEach(extra -> drifts.add(SchemaComparator.drift(
                DriftReport.Kind.EXTRA_FUNCTION, label(extra.name(), defaultSchema), null, describe(extra))));
    }

    private static void triggers(
            SchemaDefinition expected,
            SchemaDefinition live,
            String defaultSchema,
            DeclaredObjectTexts.Printed printed,
            List<DriftReport.Drift> drifts) {
        Map<String, SchemaDefinition.Trigger> actual = new LinkedHashMap<>();
        live.triggers().forEach(t -> actual.put(t.schema() + "." + t.table() + "." + t.name(), t));
        for (SchemaDefinition.Trigger want : expected.triggers()) {
            String schema = want.schema().isEmpty() ? defaultSchema : want.schema();
            String tableLabel = want.schema().isEmpty() ? want.table() : schema + "." + want.table();
            String object = tableLabel + " trigger " + want.name();
            SchemaDefinition.Trigger have = actual.remove(schema + "." + want.table() + "." + want.name());
            if (have == null) {
                drifts.add(SchemaComparator.drift(DriftReport.Kind.MISSING_TRIGGER, object, describe(want), null));
                continue;
            }
            String key = DeclaredObjectTexts.when(want.name());
            String when = printed.printed().getOrDefault(key, want.when());
            SchemaDefinition.Trigger normalized = new SchemaDefinition.Trigger(
                    want.name(),
                    schema,
                    want.table(),
                    want.timing(),
                    want.events(),
                    want.forEachRow(),
                    want.function(),
                    when);
            boolean same = normalized.timing().equals(have.timing())
                    && normalized.events().equals(have.events())
                    && normalized.forEachRow() == have.forEachRow()
                    && normalized.function().equals(have.function())
                    && (printed.unavailable() != null || Objects.equals(when, have.when()))
                    && !printed.refused().containsKey(key);
            if (!same) {
                String refused = printed.refused().get(key);
                drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.TRIGGER_DEFINITION,
                        object,
                        describe(normalized) + (refused == null ? "" : " (the server refused it: " + refused + ")"),
                        describe(have)));
            }
        }
        actual.values()
                .forEach(extra -> drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.EXTRA_TRIGGER,
                        label(extra.schema() + "." + extra.table(), defaultSchema) + " trigger " + extra.name(),
                        null,
                        describe(extra))));
    }

    /** A live name without the default schema. */
    private static String label(String qualified, String defaultSchema) {
        return qualified.startsWith(defaultSchema + ".") ? qualified.substring(defaultSchema.length() + 1) : qualified;
    }

    private static String kind(SchemaDefinition.View view) {
        return view.materialized() ? "materialized view" : "view";
    }

    private static String describe(SchemaDefinition.View view) {
        return kind(view) + ": " + view.query().strip();
    }

    private static String describe(SchemaDefinition.Function f) {
        return "(" + f.arguments() + ") returns " + f.returns() + " language " + f.language() + " body "
                + f.body().strip();
    }

    private static String describe(SchemaDefinition.Trigger t) {
        return t.timing() + " " + String.join(" OR ", t.events()) + " FOR EACH "
                + (t.forEachRow() ? "ROW" : "STATEMENT") + (t.when().isEmpty() ? "" : " WHEN (" + t.when() + ")")
                + " EXECUTE FUNCTION " + t.function() + "()";
    }
}
