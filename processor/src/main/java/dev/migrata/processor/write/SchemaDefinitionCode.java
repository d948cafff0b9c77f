package dev.migrata.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Java expression that builds a {@code SchemaDefinition.Table} from a table of the head
 * snapshot, in the spelling the runtime compares with PostgreSQL's catalog.
 */
final class SchemaDefinitionCode {

    private SchemaDefinitionCode() {}

    /** {@code new SchemaDefinition.Table("", "users", List.of(...), ...)}. */
    static CodeBlock table(TableModel table) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add("new $T(\n", RuntimeTypes.TABLE)
                .indent()
                .add("$S,\n$S,\n", table.schema(), table.name());
        code.add(list(table.columns().stream().map(SchemaDefinitionCode::column).toList()))
                .add(",\n");
        code.add(stringList(
                        table.primaryKey() == null
                                ? List.of()
                                : table.primaryKey().columns()))
                .add(",\n");
        code.add(list(table.indexes().stream().map(SchemaDefinitionCode::index).toList()))
                .add(",\n");
        code.add(list(constraints(table))).add(")");
        return code.unindent().build();
    }

    private static CodeBlock column(ColumnModel column) {
        return CodeBlock.of(
                "new $T($S, $S, $L, $S, $L)",
                RuntimeTypes.COLUMN,
                column.name(),
                PostgresTypeNames.formatType(column.type()),
                column.nullable(),
                column.identity() ? null : column.defaultValue(),
                column.identity());
    }

    private static CodeBlock index(IndexModel index) {
        return CodeBlock.of(
                "new $T($S, $L, $S, $L)",
                RuntimeTypes.INDEX,
                index.name(),
                index.unique(),
                index.method(),
                stringList(index.columns()));
    }

    /** Every named constraint, sorted by name as the runtime's record documents. */
    private static List<CodeBlock> constraints(TableModel table) {
        List<NamedConstraint> all = new ArrayList<>();
        if (table.primaryKey() != null) {
            all.add(new NamedConstraint(table.primaryKey().name(), "PRIMARY_KEY"));
        }
        for (UniqueModel unique : table.uniques()) {
            all.add(new NamedConstraint(unique.name(), "UNIQUE"));
        }
        for (CheckModel check : table.checks()) {
            all.add(new NamedConstraint(check.name(), "CHECK"));
        }
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            all.add(new NamedConstraint(foreignKey.name(), "FOREIGN_KEY"));
        }
        return all.stream()
                .sorted(Comparator.comparing(NamedConstraint::name))
                .map(c -> CodeBlock.of(
                        "new $T($S, $T.$L)", RuntimeTypes.CONSTRAINT, c.name(), RuntimeTypes.KIND, c.kind()))
                .toList();
    }

    /** {@code List.of()} or {@code List.of(\n a,\n b)}, one element per line. */
    private static CodeBlock list(List<CodeBlock> elements) {
        if (elements.isEmpty()) {
            return CodeBlock.of("$T.of()", List.class);
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(\n", List.class).indent();
        for (int i = 0; i < elements.size(); i++) {
            code.add(elements.get(i)).add(i + 1 < elements.size() ? ",\n" : "");
        }
        return code.add(")").unindent().build();
    }

    private static CodeBlock stringList(List<String> values) {
        CodeBlock.Builder code = CodeBlock.builder().add("$T.of(", List.class);
        for (int i = 0; i < values.size(); i++) {
            code.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return code.add(")").build();
    }

    private record NamedConstraint(String name, String kind) {}
}
