package dev.migrata.processor.write;

import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The head snapshot as the runtime compares it with PostgreSQL's catalog: each table in {@link
 * SchemaDefinition}'s spelling, as the text form the processor writes to the class path beside the
 * chain class ({@code head-schema.txt}), where {@code check()} reads it.
 */
final class HeadSchemaText {

    private HeadSchemaText() {}

    /**
     * The text form of the head schema: the enum types, if any, then each table in snapshot order,
     * then the views, functions and triggers when the schema declares any.
     */
    static String of(SchemaModel head) {
        StringBuilder text = new StringBuilder();
        if (!head.enumTypes().isEmpty()) {
            text.append(new SchemaDefinition(
                            List.of(),
                            head.enumTypes().stream()
                                    .map(HeadSchemaText::enumType)
                                    .toList())
                    .toText());
        }
        for (TableModel table : head.tables()) {
            text.append(new SchemaDefinition(List.of(table(table))).toText());
        }
        text.append(declaredObjects(head).toText());
        return text.toString();
    }

    /** A {@code @PgEnum} type, created in the default schema (its name is not qualified). */
    private static SchemaDefinition.EnumType enumType(EnumTypeModel type) {
        return new SchemaDefinition.EnumType("", type.name(), type.labels());
    }

    /** The views, functions and triggers as {@code check()} compares them, without tables. */
    private static SchemaDefinition declaredObjects(SchemaModel head) {
        return new SchemaDefinition(
                List.of(),
                List.of(),
                head.views().stream()
                        .map(v -> new SchemaDefinition.View(v.name(), v.query(), v.materialized()))
                        .toList(),
                head.functions().stream()
                        .map(f -> new SchemaDefinition.Function(
                                f.name(), f.arguments(), f.returns(), f.language(), f.body()))
                        .toList(),
                head.triggers().stream()
                        .map(t -> new SchemaDefinition.Trigger(
                                t.name(),
                                t.schema(),
                                t.table(),
                                t.timing(),
                                t.events(),
                                t.forEachRow(),
                                t.function(),
                                t.when()))
                        .toList());
    }

    /** The table as {@code check()} compares it. */
    static SchemaDefinition.Table table(TableModel table) {
        return new SchemaDefinition.Table(
                table.schema(),
                table.name(),
                table.columns().stream().map(HeadSchemaText::column).toList(),
                table.primaryKey() == null ? List.of() : table.primaryKey().columns(),
                table.indexes().stream().map(HeadSchemaText::index).toList(),
                constraints(table));
    }

    private static SchemaDefinition.Column column(ColumnModel column) {
        return new SchemaDefinition.Column(
                column.name(),
                PostgresTypeNames.formatType(column.type()),
                column.nullable(),
                column.identity() ? null : column.defaultValue(),
                column.identity(),
                // The expression as declared: check() has the server normalize it before comparing.
                column.generated());
    }

    private static SchemaDefinition.Index index(IndexModel index) {
        Map<String, String> options = new TreeMap<>();
        index.options().forEach((key, value) -> options.put(key, String.valueOf(value)));
        return new SchemaDefinition.Index(
                index.name(),
                index.unique(),
                index.method(),
                index.expression() == null ? index.columns() : List.of(),
                index.operatorClass(),
                options,
                index.where() == null || index.where().isEmpty() ? null : index.where(),
                // The key list as declared: check() has the server spell it before comparing.
                index.expression(),
                index.include());
    }

    /** Every named constraint, sorted by name as the runtime's record documents. */
    private static List<SchemaDefinition.Constraint> constraints(TableModel table) {
        List<SchemaDefinition.Constraint> all = new ArrayList<>();
        if (table.primaryKey() != null) {
            all.add(new SchemaDefinition.Constraint(
                    table.primaryKey().name(),
                    SchemaDefinition.Kind.PRIMARY_KEY,
                    null,
                    table.primaryKey().columns(),
                    null));
        }
        for (UniqueModel unique : table.uniques()) {
            all.add(SchemaDefinition.Constraint.unique(unique.name(), unique.columns()));
        }
        for (CheckModel check : table.checks()) {
            // The expression as declared: check() has the server normalize it before comparing.
            all.add(SchemaDefinition.Constraint.check(check.name(), check.expression()));
        }
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            all.add(new SchemaDefinition.Constraint(
                    foreignKey.name(),
                    SchemaDefinition.Kind.FOREIGN_KEY,
                    new SchemaDefinition.ForeignKey(
                            foreignKey.columns(),
                            foreignKey.referencedSchema(),
                            foreignKey.referencedTable(),
                            foreignKey.referencedColumns(),
                            foreignKey.onDelete(),
                            foreignKey.onUpdate())));
        }
        all.sort(Comparator.comparing(SchemaDefinition.Constraint::name));
        return all;
    }
}
