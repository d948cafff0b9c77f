package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.Names;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Table} class or record: its names, its columns (every non-static, non-transient
 * field, in declaration order; for a record, the component fields), its {@code @Index}es, {@code @Unique}s
 * and {@code @Check}s.
 */
final class TableReader {

    private final Elements elements;
    private final ColumnReader columnReader;
    private final OriginFactory origins = new OriginFactory();

    TableReader(Elements elements) {
        this.elements = elements;
        this.columnReader = new ColumnReader(elements);
    }

    /** Reads the class; {@code table} is its {@code @Table} mirror. */
    TableRead read(TypeElement element, AnnotationMirror tableMirror, List<Problem> problems) {
        AnnotationValues table = AnnotationValues.of(elements, tableMirror);
        String simpleName = element.getSimpleName().toString();
        String explicitName = table.string("name");
        String name = explicitName.isEmpty() ? Names.snakeCase(simpleName) : explicitName;
        String comment = table.string("comment");

        List<ColumnRead> columns = new ArrayList<>();
        // Record components are read through their private fields: javac copies a component's
        // annotations to the field (FIELD is a target), in sources and in class files alike.
        for (Element enclosed : element.getEnclosedElements()) {
            if (enclosed.getKind() == ElementKind.FIELD
                    && !enclosed.getModifiers().contains(Modifier.STATIC)
                    && !enclosed.getModifiers().contains(Modifier.TRANSIENT)) {
                columns.add(columnReader.read((VariableElement) enclosed, simpleName, problems));
            }
        }
        List<IndexRead> indexes = new ArrayList<>();
        for (AnnotationValues index :
                AnnotationValues.findAll(elements, element, AnnotationNames.INDEX, AnnotationNames.INDEXES)) {
            String where = index.string("where");
            String expression = index.string("expression");
            List<SqlValueRead> sqlValues = new ArrayList<>();
            if (!where.isBlank()) {
                sqlValues.add(new SqlValueRead(
                        SqlValueRead.Kind.INDEX_WHERE, where, simpleName, origins.of(element, index, "where")));
            }
            if (!expression.isBlank()) {
                sqlValues.add(new SqlValueRead(
                        SqlValueRead.Kind.INDEX_EXPRESSION,
                        expression,
                        simpleName,
                        origins.of(element, index, "expression")));
            }
            indexes.add(new IndexRead(
                    index.strings("columns"),
                    expression.strip(),
                    index.strings("include"),
                    index.bool("unique", false),
                    index.string("name"),
                    index.string("where"),
                    index.string("using"),
                    origins.of(element, index),
                    origins.of(element, index, "columns"),
                    origins.of(element, index, "expression"),
                    origins.of(element, index, "include"),
                    origins.of(element, index, "name"),
                    origins.of(element, index, "using"),
                    sqlValues));
        }
        List<UniqueRead> uniques = new ArrayList<>();
        for (AnnotationValues unique :
                AnnotationValues.findAll(elements, element, AnnotationNames.UNIQUE, AnnotationNames.UNIQUES)) {
            uniques.add(new UniqueRead(
                    unique.strings("columns"),
                    unique.string("name"),
                    origins.of(element, unique),
                    origins.of(element, unique, "columns"),
                    origins.of(element, unique, "name")));
        }
        List<CheckRead> checks = new ArrayList<>();
        for (AnnotationValues check :
                AnnotationValues.findAll(elements, element, AnnotationNames.CHECK, AnnotationNames.CHECKS)) {
            String expression = check.string("value");
            checks.add(new CheckRead(
                    expression,
                    check.string("name"),
                    origins.of(element, check),
                    origins.of(element, check, "name"),
                    new SqlValueRead(
                            SqlValueRead.Kind.TABLE_CHECK,
                            expression,
                            simpleName,
                            origins.of(element, check, "value"))));
        }
        return new TableRead(
                element,
                simpleName,
                table.string("schema"),
                origins.of(element, table, "schema"),
                name,
                explicitName.isEmpty() ? origins.of(element, table) : origins.of(element, table, "name"),
                comment.isEmpty() ? null : comment,
                columns,
                table.strings("primaryKey"),
                origins.of(element, table, "primaryKey"),
                table.string("primaryKeyName"),
                origins.of(element, table, "primaryKeyName"),
                indexes,
                uniques,
                checks,
                origins.of(element, table));
    }
}
