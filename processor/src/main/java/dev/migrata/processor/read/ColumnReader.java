package dev.migrata.processor.read;

import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads one field or record component of a {@code @Table} class into a {@link ColumnRead}. */
final class ColumnReader {

    private final Elements elements;
    private final OriginFactory origins = new OriginFactory();
    private final TypeMapper typeMapper;

    ColumnReader(Elements elements) {
        this.elements = elements;
        this.typeMapper = new TypeMapper(elements, origins);
    }

    ColumnRead read(VariableElement field, String tableSimpleName, List<Problem> problems) {
        String javaName = field.getSimpleName().toString();
        String description = tableSimpleName + "." + javaName;
        AnnotationValues column = values(field, AnnotationNames.COLUMN);
        AnnotationValues vector = values(field, AnnotationNames.VECTOR);
        AnnotationValues vectorIndex = values(field, AnnotationNames.VECTOR_INDEX);
        AnnotationValues references = values(field, AnnotationNames.REFERENCES);

        String explicitName = column == null ? "" : column.string("name");
        String name = explicitName.isEmpty() ? Names.snakeCase(javaName) : explicitName;
        ElementOrigin nameOrigin = explicitName.isEmpty() ? origins.of(field) : origins.of(field, column, "name");

        TypeMapper.Mapping mapping = typeMapper.map(field, description, column, vector, problems);
        if (mapping.vectorKind() != null) {
            problems.addAll(VectorColumnChecks.checkDimensions(
                    description, mapping.vectorKind(), mapping.dimensions(), origins.of(field, vector, "dimensions")));
        }

        boolean primaryKey = column != null && column.bool("primaryKey", false);
        boolean identity = column != null && column.bool("identity", false);
        // PostgreSQL makes key and identity columns NOT NULL whatever the declaration says; the
        // model must say so too, or the live catalog would look like drift.
        boolean nullable =
                !mapping.primitive() && !primaryKey && !identity && (column == null || column.bool("nullable", true));
        return new ColumnRead(
                field,
                javaName,
                description,
                name,
                nameOrigin,
                field.asType().toString(),
                mapping.type(),
                nullable,
                identity,
                emptyToNull(column == null ? "" : column.string("defaultValue")),
                emptyToNull(column == null ? "" : column.string("comment")),
                mapping.enumConstants(),
                emptyToNull(column == null ? "" : column.string("generated").strip()),
                origins.of(field, column, "generated"),
                check(name, column == null ? "" : column.string("check"), mapping.enumConstants()),
                primaryKey,
                origins.of(field, column, "primaryKey"),
                column != null && column.bool("unique", false),
                reference(field, references),
                vectorIndex(field, description, vectorIndex, vector, mapping, problems),
                sqlValues(field, description, column, vectorIndex),
                mapping.pgEnum(),
                origins.of(field));
    }

    /**
     * The non-empty {@code type}, {@code defaultValue}, {@code check} and {@code generated} values,
     * and the {@code @VectorIndex(where)}, as written.
     */
    private List<SqlValueRead> sqlValues(
            VariableElement field, String description, AnnotationValues column, AnnotationValues vectorIndex) {
        List<SqlValueRead> values = new ArrayList<>();
        if (column != null) {
            addSqlValue(values, SqlValueRead.Kind.COLUMN_TYPE, field, description, column, "type");
            addSqlValue(values, SqlValueRead.Kind.COLUMN_DEFAULT, field, description, column, "defaultValue");
            addSqlValue(values, SqlValueRead.Kind.COLUMN_CHECK, field, description, column, "check");
            addSqlValue(values, SqlValueRead.Kind.COLUMN_GENERATED, field, description, column, "generated");
        }
        if (vectorIndex != null) {
            addSqlValue(values, SqlValueRead.Kind.VECTOR_INDEX_WHERE, field, description, vectorIndex, "where");
        }
        return values;
    }

    private void addSqlValue(
            List<SqlValueRead> values,
            SqlValueRead.Kind kind,
            VariableElement field,
            String description,
            AnnotationValues column,
            String attribute) {
        String text = column.string(attribute);
        if (!text.isBlank()) {
            values.add(new SqlValueRead(kind, text, description, origins.of(field, column, attribute)));
        }
    }

    /** The user's check and the enum constant list, combined: {@code (<check>) AND (<enum in>)}. */
    private static String check(String column, String userCheck, List<String> enumConstants) {
        String enumCheck = enumConstants.isEmpty()
                ? ""
                : Identifiers.quote(column) + " IN ("
                        + enumConstants.stream().map(Identifiers::literal).collect(Collectors.joining(", ")) + ")";
        String check = userCheck.strip();
        if (check.isEmpty()) {
            return emptyToNull(enumCheck);
        }
        return enumCheck.isEmpty() ? check : "(" + check + ") AND (" + enumCheck + ")";
    }

    private ReferenceRead reference(VariableElement field, AnnotationValues references) {
        if (references == null) {
            return null;
        }
        Optional<TypeMirror> target = references.type("value");
        if (target.isEmpty() || target.get().getKind() != TypeKind.DECLARED) {
            return null; // unresolved class literal: javac reports it
        }
        TypeElement targetElement = (TypeElement) ((DeclaredType) target.get()).asElement();
        return new ReferenceRead(
                targetElement.getQualifiedName().toString(),
                targetElement.getSimpleName().toString(),
                references.string("column"),
                sqlAction(references.enumName("onDelete", "NO_ACTION")),
                sqlAction(references.enumName("onUpdate", "NO_ACTION")),
                origins.of(field, references),
                origins.of(field, references, "value"),
                origins.of(field, references, "column"),
                references.string("name"),
                origins.of(field, references, "name"));
    }

    private VectorIndexRead vectorIndex(
            VariableElement field,
            String description,
            AnnotationValues index,
            AnnotationValues vector,
            TypeMapper.Mapping mapping,
            List<Problem> problems) {
        if (index == null) {
            return null;
        }
        if (vector == null) {
            problems.add(Problems.vectorIndexWithoutVector(origins.of(field, index), description));
            return null;
        }
        if (mapping.vectorKind() == null) {
            return null; // the @Vector itself is wrong and reported
        }
        String method = index.enumName("method", "HNSW");
        String distance = index.enumName("distance", "L2");
        boolean castToHalfvec = index.bool("castToHalfvec", false);
        if (castToHalfvec && !mapping.vectorKind().equals("vector")) {
            problems.add(Problems.castToHalfvecNotVector(
                    origins.of(field, index, "castToHalfvec"), description, mapping.vectorKind()));
            return null;
        }
        // The cast is what is indexed: halfvec's limits and operator classes apply.
        String indexedKind = castToHalfvec ? "halfvec" : mapping.vectorKind();
        int m = index.integer("m", 16);
        int efConstruction = index.integer("efConstruction", 64);
        int lists = index.integer("lists", 100);
        List<Problem> found = VectorColumnChecks.checkIndex(new VectorColumnChecks.IndexSpec(
                description,
                indexedKind,
                mapping.dimensions(),
                method,
                distance,
                m,
                efConstruction,
                lists,
                origins.of(field, index),
                origins.of(field, index, "method"),
                origins.of(field, index, "distance"),
                origins.of(field, index, "m"),
                origins.of(field, index, "efConstruction"),
                origins.of(field, index, "lists")));
        problems.addAll(found);
        String operatorClass = VectorColumnChecks.operatorClass(indexedKind, method, distance);
        if (operatorClass == null || found.stream().anyMatch(Problem::isError)) {
            return null;
        }
        Map<String, Integer> options = new TreeMap<>();
        if (method.equals("HNSW")) {
            options.put("m", m);
            options.put("ef_construction", efConstruction);
        } else {
            options.put("lists", lists);
        }
        return new VectorIndexRead(
                index.string("name"),
                origins.of(field, index, "name"),
                method.equals("HNSW") ? "hnsw" : "ivfflat",
                operatorClass,
                options,
                emptyToNull(index.string("where").strip()),
                castToHalfvec);
    }

    private AnnotationValues values(VariableElement field, String annotation) {
        Optional<AnnotationMirror> mirror = AnnotationValues.find(field, annotation);
        return mirror.map(m -> AnnotationValues.of(elements, m)).orElse(null);
    }

    /** {@code SET_NULL} → {@code SET NULL}. */
    private static String sqlAction(String constant) {
        return constant.replace('_', ' ');
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
