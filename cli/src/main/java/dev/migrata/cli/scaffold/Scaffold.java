package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ClassName;
import dev.migrata.cli.scaffold.CatalogExtras.ColumnFacts;
import dev.migrata.cli.scaffold.CatalogExtras.NotExpressed;
import dev.migrata.cli.scaffold.ConstraintNameChoice.Declared;
import dev.migrata.cli.scaffold.ConstraintNameChoice.Kind;
import dev.migrata.cli.scaffold.RoutinePlans.FunctionPlan;
import dev.migrata.cli.scaffold.RoutinePlans.TriggerPlan;
import dev.migrata.cli.scaffold.TablePlan.CheckPlan;
import dev.migrata.cli.scaffold.TablePlan.ColumnPlan;
import dev.migrata.cli.scaffold.TablePlan.IndexPlan;
import dev.migrata.cli.scaffold.TablePlan.ReferencePlan;
import dev.migrata.cli.scaffold.TablePlan.UniquePlan;
import dev.migrata.cli.scaffold.TablePlan.VectorIndexPlan;
import dev.migrata.runtime.internal.CatalogReader;
import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.Identifiers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes the declarations of a live database: a {@code @Table} record per table, an enum per native
 * enum type its columns use, an {@code @View}, {@code @SqlFunction} or {@code @Trigger} interface per
 * view, function and trigger a declaration can take, a {@code @Schema} class and a baseline {@code @Revision}
 * ({@code 001_baseline}), such that compiling them and running {@code check} against that database
 * reports no drift, and {@code stamp head} adopts it.
 *
 * <pre>{@code
 * ScaffoldResult result = Scaffold.fromDatabase(dataSource, "public", "com.example.schema");
 * result.notExpressed().forEach(System.out::println);
 * result.writeTo(Path.of("src/main/java"));
 * }</pre>
 *
 * <p>What a declaration cannot express (overloaded functions, triggers with arguments, sequences,
 * foreign keys over several columns, the objects of other schemas, …) is listed in {@link
 * ScaffoldResult#notExpressed()} and in the Javadoc of the files it concerns, never dropped silently.
 */
public final class Scaffold {

    /** The id of the revision that adopts the database. */
    public static final String BASELINE_ID = "001_baseline";

    private final String schema;
    private final boolean defaultSchema;
    private final String javaPackage;
    private final SchemaDefinition catalog;
    private final CatalogExtras extras;
    /** The schema's enum types, by name, with their labels in order. */
    private final Map<String, List<String>> enumLabels = new TreeMap<>();

    private final List<String> otherToolsTables;
    private final Map<String, ClassName> tableClasses = new LinkedHashMap<>();
    private final Map<String, ClassName> enumClasses = new TreeMap<>();
    private final List<NotExpressed> notExpressed = new ArrayList<>();
    /** The triggers of declared or undeclared tables that no {@code @Trigger} declares, by table. */
    private final List<NotExpressed> triggerNotes = new ArrayList<>();

    private final Set<String> usedClassNames = new HashSet<>();

    private Scaffold(
            String schema,
            boolean defaultSchema,
            String javaPackage,
            SchemaDefinition catalog,
            CatalogExtras extras,
            List<String> otherToolsTables) {
        this.schema = schema;
        this.defaultSchema = defaultSchema;
        this.javaPackage = javaPackage;
        this.catalog = catalog;
        this.extras = extras;
        catalog.enumTypes().forEach(type -> enumLabels.put(type.name(), type.labels()));
        this.otherToolsTables = otherToolsTables;
    }

    /**
     * Reads one schema of the database {@code dataSource} connects to and declares it.
     *
     * @param schema the PostgreSQL schema, or {@code null} for the connection's current schema
     * @param javaPackage the package of the written classes
     * @throws SQLException when the catalog cannot be read
     * @throws IllegalArgumentException when the package is not a Java package name, or the schema
     *     does not exist
     */
    public static ScaffoldResult fromDatabase(DataSource dataSource, String schema, String javaPackage)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return fromDatabase(connection, schema, javaPackage);
        }
    }

    /** As {@link #fromDatabase(DataSource, String, String)}, on an open connection it leaves open. */
    public static ScaffoldResult fromDatabase(Connection connection, String schema, String javaPackage)
            throws SQLException {
        Objects.requireNonNull(javaPackage, "javaPackage");
        if (!javax.lang.model.SourceVersion.isName(javaPackage)) {
            throw new IllegalArgumentException("Package " + javaPackage + " is not a Java package name");
        }
        String current = CatalogReader.currentSchema(connection);
        String target = schema == null || schema.isBlank() ? (current == null ? "public" : current) : schema;
        if (!schemaExists(connection, target)) {
            throw new IllegalArgumentException("Schema " + target + " does not exist in the database");
        }
        List<String> otherTools = new ArrayList<>();
        SchemaDefinition catalog = CatalogReader.read(connection, Set.of(target), (s, table) -> {
                    boolean otherTool = CatalogReader.OTHER_TOOLS_HISTORY.contains(table);
                    if (otherTool) {
                        otherTools.add(table);
                    }
                    return otherTool;
                })
                .definition();
        CatalogExtras extras = CatalogExtras.read(connection, target);
        return new Scaffold(target, target.equals(current), javaPackage, catalog, extras, otherTools).declare();
    }

    private static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (var statement = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, schema);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private ScaffoldResult declare() {
        for (String table : otherToolsTables) {
            notExpressed.add(new NotExpressed(
                    null,
                    "table " + table + ": another migration tool's history, left out (check() leaves it out too)"));
        }
        Map<String, SchemaDefinition.Table> tables = new LinkedHashMap<>();
        for (SchemaDefinition.Table table : catalog.tables()) {
            String reason = undeclarableName(table);
            if (reason == null) {
                tables.put(table.name(), table);
            } else {
                notExpressed.add(new NotExpressed(
                        table.name(),
                        "table " + table.name() + ": not declared (check() lists it as an extra table unless"
                                + " --exclude leaves it out), " + reason));
            }
        }
        nameClasses(tables.values());
        List<String> order = List.copyOf(tables.keySet());
        List<Declared> constraints = new ArrayList<>();
        Map<String, List<String>> identityColumns = new HashMap<>();
        Map<String, Map<String, Declared>> byName = new HashMap<>();
        for (SchemaDefinition.Table table : tables.values()) {
            identityColumns.put(
                    table.name(),
                    table.columns().stream()
                            .filter(SchemaDefinition.Column::identity)
                            .map(SchemaDefinition.Column::name)
                            .toList());
            for (Declared declared : declaredConstraints(table, tables)) {
                constraints.add(declared);
                byName.computeIfAbsent(table.name(), t -> new HashMap<>()).put(declared.actualName(), declared);
            }
        }
        ConstraintNameChoice.Choice choice = ConstraintNameChoice.choose(
                order, identityColumns, ConstraintNameChoice.inNamingOrder(order, constraints));
        // Before the tables: a trigger that cannot be declared is listed with its table.
        List<NotExpressed> functionNotes = new ArrayList<>();
        Map<String, FunctionPlan> functions = functionPlans(functionNotes);
        List<TriggerPlan> triggers = triggerPlans(functions);
        List<TablePlan> plans = new ArrayList<>();
        for (SchemaDefinition.Table table : tables.values()) {
            plans.add(plan(table, tables, byName.getOrDefault(table.name(), Map.of()), choice.explicit()));
        }
        for (NotExpressed item : tableNotes()) {
            // A declared table's own items are listed with it, by plan().
            if (item.table() == null) {
                notExpressed.add(item);
            } else if (!tables.containsKey(item.table())) {
                notExpressed.add(new NotExpressed(item.table(), "table " + item.table() + ": " + item.description()));
            }
        }
        notExpressed.addAll(functionNotes);
        Set<String> usedEnums =
                enumClasses.keySet().stream().map(Scaffold::unquote).collect(Collectors.toSet());
        for (String type : enumLabels.keySet()) {
            if (!usedEnums.contains(type)) {
                notExpressed.add(new NotExpressed(
                        null, "enum type " + type + ": no column declares it through @PgEnum, so it is not declared"));
            }
        }
        List<ViewPlan> views = viewPlans();
        return SourceWriter.write(
                javaPackage,
                JavaIdentifiers.className(schema) + "Schema",
                plans,
                views,
                List.copyOf(functions.values()),
                triggers,
                enumClasses,
                enumClasses.keySet().stream()
                        .collect(Collectors.toMap(type -> type, type -> enumLabels.get(unquote(type)))),
                choice.naming(),
                extras.extensions(),
                notExpressed);
    }

    /**
     * An {@code @View} per view of the schema whose name a declaration can take, each after the views
     * it reads (the order {@code @Schema(views)} creates them in); the others are listed as not
     * expressed.
     */
    private List<ViewPlan> viewPlans() {
        Map<String, SchemaDefinition.View> byName = new TreeMap<>();
        for (SchemaDefinition.View view : catalog.views()) {
            String name = view.name().substring(view.name().indexOf('.') + 1);
            String reason = Identifiers.invalidReason(name);
            if (reason == null) {
                byName.put(name, view);
            } else {
                notExpressed.add(new NotExpressed(
                        null,
                        "view " + name + ": not declared, since the name is not one a declaration can take: "
                                + reason));
            }
        }
        List<ViewPlan> plans = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        byName.keySet().forEach(name -> placeView(name, byName, placed, plans));
        return plans;
    }

    /** Places the views {@code name} reads, then {@code name}; views form no cycles. */
    private void placeView(
            String name, Map<String, SchemaDefinition.View> views, Set<String> placed, List<ViewPlan> plans) {
        if (!views.containsKey(name) || !placed.add(name)) {
            return;
        }
        extras.viewsRead().getOrDefault(name, List.of()).forEach(read -> placeView(read, views, placed, plans));
        SchemaDefinition.View view = views.get(name);
        String query = view.query().strip();
        if (query.endsWith(";")) {
            query = query.substring(0, query.length() - 1).strip();
        }
        plans.add(new ViewPlan(
                name,
                ClassName.get(javaPackage, unique(JavaIdentifiers.className(name), usedClassNames)),
                query,
                view.materialized()));
    }

    /** What the catalog and the trigger planning found that declarations cannot express. */
    private List<NotExpressed> tableNotes() {
        List<NotExpressed> all = new ArrayList<>(extras.notExpressed());
        all.addAll(triggerNotes);
        return all;
    }

    /**
     * An {@code @SqlFunction} per plain {@code plpgsql} or {@code sql} function of the schema that one
     * can declare faithfully, by name; the others are listed in {@code notes}, with why.
     */
    private Map<String, FunctionPlan> functionPlans(List<NotExpressed> notes) {
        Map<String, Long> sameName = new HashMap<>();
        catalog.functions().forEach(f -> sameName.merge(f.name(), 1L, Long::sum));
        Set<String> views = new HashSet<>();
        catalog.views().forEach(v -> views.add(v.name().substring(v.name().indexOf('.') + 1)));
        Map<String, FunctionPlan> plans = new TreeMap<>();
        for (SchemaDefinition.Function function : catalog.functions()) {
            String name = function.name().substring(function.name().indexOf('.') + 1);
            String signature = name + "(" + function.arguments() + ")";
            CatalogExtras.FunctionFacts facts = extras.functions().get(signature);
            String reason = functionReason(name, function, sameName.get(function.name()), facts);
            if (reason == null) {
                reason = viewRead(function, views);
            }
            if (reason != null) {
                notes.add(new NotExpressed(null, "function " + signature + ": not declared, " + reason));
                continue;
            }
            plans.put(
                    name,
                    new FunctionPlan(
                            name,
                            ClassName.get(javaPackage, unique(JavaIdentifiers.className(name), usedClassNames)),
                            facts.arguments(),
                            function.returns(),
                            function.language(),
                            function.body()));
        }
        return plans;
    }

    /** Why {@code @SqlFunction} cannot declare the function as it is, or {@code null}. */
    private static String functionReason(
            String name, SchemaDefinition.Function function, long sameName, CatalogExtras.FunctionFacts facts) {
        String invalid = Identifiers.invalidReason(name);
        if (invalid != null) {
            return "since the name is not one a declaration can take: " + invalid;
        }
        if (sameName > 1) {
            return "since " + sameName + " functions share its name, and a declared function is dropped by its name";
        }
        if (!function.language().equals("plpgsql") && !function.language().equals("sql")) {
            return "since it is written in " + function.language() + ", and only plpgsql and sql bodies are declared";
        }
        if (function.body().isBlank()) {
            return "since its body is not kept as text (a sql function with BEGIN ATOMIC)";
        }
        if (function.body().contains(FunctionModel.BODY_QUOTE)) {
            return "since its body contains " + FunctionModel.BODY_QUOTE + ", the quote a declared body is written in";
        }
        if (facts == null) {
            return "since its definition could not be read";
        }
        if (!facts.attributes().isEmpty()) {
            return "since @SqlFunction does not declare " + String.join(", ", facts.attributes())
                    + " (a fresh database would create it without)";
        }
        return null;
    }

    /**
     * Why a {@code sql} function cannot be created where a revision creates functions, or {@code
     * null}: PostgreSQL checks a {@code sql} body when it creates it, and functions come before
     * views, so one whose body or result type names a view of the schema would fail in a fresh
     * database. Read from the words of the text, it errs on the side of leaving one undeclared.
     */
    private static String viewRead(SchemaDefinition.Function function, Set<String> views) {
        if (!function.language().equals("sql")) {
            return null;
        }
        Matcher words = WORD.matcher(function.body() + " " + function.returns());
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (views.contains(word)) {
                return "since its sql body or result names the view " + word
                        + ", and a revision creates functions before views";
            }
        }
        return null;
    }

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /**
     * An {@code @Trigger} per trigger of a declared table that executes a declared function and has
     * nothing an {@code @Trigger} cannot say; the others are listed with their table, with why.
     */
    private List<TriggerPlan> triggerPlans(Map<String, FunctionPlan> functions) {
        List<TriggerPlan> plans = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<SchemaDefinition.Trigger> triggers = new ArrayList<>(catalog.triggers());
        triggers.sort(
                Comparator.comparing(SchemaDefinition.Trigger::table).thenComparing(SchemaDefinition.Trigger::name));
        for (SchemaDefinition.Trigger trigger : triggers) {
            CatalogExtras.TriggerFacts facts = extras.triggers().get(trigger.table() + "." + trigger.name());
            FunctionPlan function = functions.get(trigger.function());
            String reason = triggerReason(trigger, facts, function, names);
            if (reason != null) {
                triggerNotes.add(
                        new NotExpressed(trigger.table(), "trigger " + trigger.name() + ": not declared, " + reason));
                continue;
            }
            names.add(trigger.name());
            plans.add(new TriggerPlan(
                    trigger.name(),
                    ClassName.get(javaPackage, unique(JavaIdentifiers.className(trigger.name()), usedClassNames)),
                    tableClasses.get(trigger.table()),
                    trigger.timing(),
                    trigger.events(),
                    trigger.forEachRow(),
                    function.className(),
                    trigger.when()));
        }
        return plans;
    }

    /** Why {@code @Trigger} cannot declare the trigger as it is, or {@code null}. */
    private String triggerReason(
            SchemaDefinition.Trigger trigger,
            CatalogExtras.TriggerFacts facts,
            FunctionPlan function,
            Set<String> names) {
        String invalid = Identifiers.invalidReason(trigger.name());
        if (invalid != null) {
            return "since the name is not one a declaration can take: " + invalid;
        }
        if (!tableClasses.containsKey(trigger.table())) {
            return "since its table is not declared";
        }
        if (facts == null) {
            return "since its definition could not be read";
        }
        if (!facts.unsupported().isEmpty()) {
            return "since @Trigger does not declare " + String.join(", ", facts.unsupported());
        }
        if (!schema.equals(facts.functionSchema()) || function == null) {
            return "since its function " + facts.functionSchema() + "." + trigger.function() + " is not declared";
        }
        if (!trigger.timing().equals("BEFORE") && !trigger.timing().equals("AFTER")) {
            return "since a table's trigger fires BEFORE or AFTER, not " + trigger.timing();
        }
        if (names.contains(trigger.name())) {
            return "since a trigger of another table has its name, and a declared trigger's name is one per schema";
        }
        return null;
    }

    /**
     * Why the table cannot be declared, or {@code null}: a name of it, its columns, constraints or
     * indexes that no declaration can take (the processor refuses it, MIG206).
     */
    private static String undeclarableName(SchemaDefinition.Table table) {
        List<String> names = new ArrayList<>();
        names.add(table.name());
        table.columns().forEach(column -> names.add(column.name()));
        table.constraints().forEach(constraint -> names.add(constraint.name()));
        table.indexes().forEach(index -> names.add(index.name()));
        for (String name : names) {
            String reason = Identifiers.invalidReason(name);
            if (reason != null) {
                return "since the name '" + name + "' is not one a declaration can take: " + reason;
            }
        }
        return null;
    }

    /** One class per table and per native enum type a column uses, each name used once. */
    private void nameClasses(Collection<SchemaDefinition.Table> tables) {
        Set<String> used = usedClassNames;
        for (SchemaDefinition.Table table : tables) {
            tableClasses.put(
                    table.name(), ClassName.get(javaPackage, unique(JavaIdentifiers.className(table.name()), used)));
        }
        used.add(JavaIdentifiers.className(schema) + "Schema");
        used.add("Baseline");
        for (SchemaDefinition.Table table : tables) {
            for (SchemaDefinition.Column column : table.columns()) {
                if (enumType(table.name(), column) != null && !enumClasses.containsKey(column.type())) {
                    enumClasses.put(
                            column.type(),
                            ClassName.get(
                                    javaPackage, unique(JavaIdentifiers.className(unquote(column.type())), used)));
                }
            }
        }
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    /**
     * The enum type of a column when a {@code @PgEnum} can declare it: a scalar of this schema's enum,
     * named without a schema (the connection's search path finds it).
     */
    private String enumType(String table, SchemaDefinition.Column column) {
        ColumnFacts facts = facts(table, column.name());
        return facts != null
                        && "e".equals(facts.typeKind())
                        && schema.equals(facts.typeSchema())
                        && !column.type().contains(".")
                        && Identifiers.invalidReason(unquote(column.type())) == null
                        && enumLabels.containsKey(unquote(column.type()))
                ? column.type()
                : null;
    }

    private ColumnFacts facts(String table, String column) {
        return extras.columns().getOrDefault(table, Map.of()).get(column);
    }

    /** The table's constraints as they would be declared, with the form each takes unless named. */
    private List<Declared> declaredConstraints(
            SchemaDefinition.Table table, Map<String, SchemaDefinition.Table> tables) {
        List<Declared> declared = new ArrayList<>();
        Set<String> checkedColumns = new HashSet<>();
        Set<String> uniqueColumns = new HashSet<>();
        Set<String> referencingColumns = new HashSet<>();
        Map<String, List<String>> checkColumns = extras.checkColumns().getOrDefault(table.name(), Map.of());
        for (SchemaDefinition.Constraint constraint : table.constraints()) {
            switch (constraint.kind()) {
                case PRIMARY_KEY ->
                    declared.add(new Declared(
                            table.name(), Kind.PRIMARY_KEY, constraint.columns(), null, null, constraint.name()));
                case UNIQUE -> {
                    boolean single = constraint.columns().size() == 1
                            && uniqueColumns.add(constraint.columns().get(0));
                    declared.add(new Declared(
                            table.name(),
                            single ? Kind.COLUMN_UNIQUE : Kind.TABLE_UNIQUE,
                            constraint.columns(),
                            null,
                            null,
                            constraint.name()));
                }
                case CHECK -> {
                    List<String> reads = checkColumns.getOrDefault(constraint.name(), List.of());
                    boolean single = reads.size() == 1 && checkedColumns.add(reads.get(0));
                    declared.add(new Declared(
                            table.name(),
                            single ? Kind.COLUMN_CHECK : Kind.TABLE_CHECK,
                            single ? reads : List.of(),
                            constraint.check(),
                            null,
                            constraint.name()));
                }
                case FOREIGN_KEY -> {
                    SchemaDefinition.ForeignKey key = constraint.foreignKey();
                    if (expressible(key, tables)
                            && referencingColumns.add(key.columns().get(0))) {
                        declared.add(new Declared(
                                table.name(),
                                Kind.FOREIGN_KEY,
                                key.columns(),
                                null,
                                key.referencedTable(),
                                constraint.name()));
                    }
                }
            }
        }
        return declared;
    }

    /** Whether {@code @References} can declare the key: one column, to a table scaffolded with it. */
    private boolean expressible(SchemaDefinition.ForeignKey key, Map<String, SchemaDefinition.Table> tables) {
        return key.columns().size() == 1
                && key.referencedColumns().size() == 1
                && schema.equals(key.referencedSchema())
                && tables.containsKey(key.referencedTable());
    }

    private TablePlan plan(
            SchemaDefinition.Table table,
            Map<String, SchemaDefinition.Table> tables,
            Map<String, Declared> constraints,
            Set<Declared> explicit) {
        String name = table.name();
        List<String> notes = new ArrayList<>();
        String primaryKeyName = null;
        List<String> compositeKey = List.of();
        Set<String> keyColumns = new HashSet<>();
        Map<String, String> columnChecks = new HashMap<>();
        Set<String> columnUniques = new HashSet<>();
        Map<String, ReferencePlan> references = new HashMap<>();
        List<UniquePlan> uniques = new ArrayList<>();
        List<CheckPlan> checks = new ArrayList<>();
        for (SchemaDefinition.Constraint constraint : table.constraints()) {
            Declared declared = constraints.get(constraint.name());
            String writtenName = declared != null && explicit.contains(declared) ? constraint.name() : null;
            switch (constraint.kind()) {
                case PRIMARY_KEY -> {
                    keyColumns.addAll(constraint.columns());
                    compositeKey = constraint.columns().size() > 1 ? constraint.columns() : List.of();
                    primaryKeyName = writtenName;
                }
                case UNIQUE -> {
                    if (declared.kind() == Kind.COLUMN_UNIQUE && writtenName == null) {
                        columnUniques.add(constraint.columns().get(0));
                    } else {
                        uniques.add(new UniquePlan(constraint.columns(), writtenName));
                    }
                }
                case CHECK -> {
                    if (declared.kind() == Kind.COLUMN_CHECK && writtenName == null) {
                        columnChecks.put(declared.columns().get(0), constraint.check());
                    } else {
                        checks.add(new CheckPlan(constraint.check(), writtenName));
                    }
                }
                case FOREIGN_KEY -> {
                    SchemaDefinition.ForeignKey key = constraint.foreignKey();
                    if (declared == null) {
                        notes.add("foreign key " + constraint.name() + " (" + String.join(", ", key.columns())
                                + ") references "
                                + (key.referencedSchema().equals(schema) ? "" : key.referencedSchema() + ".")
                                + key.referencedTable() + " (" + String.join(", ", key.referencedColumns())
                                + "): @References declares a key of one column to a table of this schema");
                    } else {
                        SchemaDefinition.Table target = tables.get(key.referencedTable());
                        String referenced = key.referencedColumns().get(0);
                        boolean toKey = target.primaryKey().equals(List.of(referenced));
                        references.put(
                                key.columns().get(0),
                                new ReferencePlan(
                                        tableClasses.get(key.referencedTable()),
                                        toKey ? "" : referenced,
                                        action(key.onDelete()),
                                        action(key.onUpdate()),
                                        writtenName));
                    }
                }
            }
        }
        List<ColumnPlan> columns = new ArrayList<>();
        Map<String, JavaColumnType> types = new LinkedHashMap<>();
        for (SchemaDefinition.Column column : table.columns()) {
            String enumType = enumType(name, column);
            types.put(
                    column.name(),
                    JavaColumnType.of(
                            column.type(), !column.nullable(), enumType == null ? null : enumClasses.get(enumType)));
        }
        IndexPlanner.Indexes planned = IndexPlanner.plan(name, table.indexes(), types, notes);
        Map<String, VectorIndexPlan> vectorIndexes = planned.vectorIndexes();
        List<IndexPlan> indexes = planned.indexes();
        for (SchemaDefinition.Column column : table.columns()) {
            ColumnFacts facts = facts(name, column.name());
            JavaColumnType type = types.get(column.name());
            boolean primaryKey = keyColumns.contains(column.name()) && compositeKey.isEmpty();
            boolean primitive = type.javaType().isPrimitive();
            if (facts != null && facts.identityAlways()) {
                notes.add("column " + column.name() + " is GENERATED ALWAYS AS IDENTITY: declared with identity = true,"
                        + " which a fresh database creates GENERATED BY DEFAULT (check() does not tell them apart)");
            }
            columns.add(new ColumnPlan(
                    column.name(),
                    JavaIdentifiers.fieldName(column.name()),
                    type,
                    !column.nullable() && !primitive && !keyColumns.contains(column.name()),
                    primaryKey,
                    column.identity(),
                    columnUniques.contains(column.name()),
                    column.defaultValue(),
                    columnChecks.get(column.name()),
                    column.generated(),
                    facts == null ? null : facts.comment(),
                    references.get(column.name()),
                    vectorIndexes.get(column.name())));
        }
        ensureUniqueFieldNames(columns);
        for (NotExpressed item : tableNotes()) {
            if (name.equals(item.table())) {
                notes.add(item.description());
            }
        }
        notes.forEach(note -> notExpressed.add(new NotExpressed(name, "table " + name + ": " + note)));
        return new TablePlan(
                name,
                defaultSchema ? "" : schema,
                tableClasses.get(name),
                columns,
                compositeKey,
                primaryKeyName,
                uniques,
                checks,
                indexes,
                extras.tableComments().get(name),
                notes);
    }

    private static String action(String sqlWords) {
        return sqlWords.replace(' ', '_');
    }

    /** Two columns whose names give the same component name get numbered ones. */
    private static void ensureUniqueFieldNames(List<ColumnPlan> columns) {
        Set<String> used = new HashSet<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnPlan column = columns.get(i);
            String field = unique(column.field(), used);
            if (!field.equals(column.field())) {
                columns.set(
                        i,
                        new ColumnPlan(
                                column.column(),
                                field,
                                column.type(),
                                column.notNull(),
                                column.primaryKey(),
                                column.identity(),
                                column.unique(),
                                column.defaultValue(),
                                column.check(),
                                column.generated(),
                                column.comment(),
                                column.reference(),
                                column.vectorIndex()));
            }
        }
    }

    static String unquote(String identifier) {
        return identifier.startsWith("\"") && identifier.endsWith("\"")
                ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
                : identifier;
    }
}
