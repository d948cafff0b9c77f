package dev.migrata.schema.model;

import java.util.List;
import java.util.Optional;

/**
 * The complete schema at one revision: what a {@code <id>.schema.json} snapshot holds and what the
 * {@code @Table} classes declare at the head. Immutable; tables are kept sorted by schema and name,
 * extensions and enum types by name, so that equal schemas are equal records and serialize to
 * identical text.
 *
 * @param tables every table, sorted by {@link TableModel#ORDER}
 * @param extensions the extensions {@code @Schema(extensions)} lists, sorted and without repeats;
 *     {@code vector} is not among them unless listed (it is needed whenever a column or index uses
 *     it)
 * @param enumTypes the native enum types the columns use ({@code @PgEnum}), sorted by name
 * @param views the views ({@code @View}) in creation order, the order {@code @Schema(views)} lists
 *     them: a view may read those before it
 * @param functions the functions ({@code @SqlFunction}), sorted by name
 * @param triggers the triggers ({@code @Trigger}), sorted by name
 */
public record SchemaModel(
        List<TableModel> tables,
        List<String> extensions,
        List<EnumTypeModel> enumTypes,
        List<ViewModel> views,
        List<FunctionModel> functions,
        List<TriggerModel> triggers) {

    /** The schema before the root revision. */
    public static final SchemaModel EMPTY = new SchemaModel(List.of());

    /** Sorts and copies the tables, extensions and enum types. */
    public SchemaModel {
        tables = tables.stream().sorted(TableModel.ORDER).toList();
        extensions = extensions.stream().distinct().sorted().toList();
        enumTypes = enumTypes.stream().sorted(EnumTypeModel.ORDER).toList();
        views = List.copyOf(views);
        functions = functions.stream().sorted(FunctionModel.ORDER).toList();
        triggers = triggers.stream().sorted(TriggerModel.ORDER).toList();
    }

    /** A schema without views, functions or triggers. */
    public SchemaModel(List<TableModel> tables, List<String> extensions, List<EnumTypeModel> enumTypes) {
        this(tables, extensions, enumTypes, List.of(), List.of(), List.of());
    }

    /** A schema without enum types. */
    public SchemaModel(List<TableModel> tables, List<String> extensions) {
        this(tables, extensions, List.of());
    }

    /** A schema that lists no extension. */
    public SchemaModel(List<TableModel> tables) {
        this(tables, List.of());
    }

    /** The table with this name in any PostgreSQL schema (names are unique across the model). */
    public Optional<TableModel> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** The enum type with this name. */
    public Optional<EnumTypeModel> enumType(String name) {
        return enumTypes.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** Whether any column uses a pgvector type, so the {@code vector} extension is needed. */
    public boolean usesVector() {
        return tables.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> SqlTypes.isVectorType(c.type()));
    }
}
