package dev.migrata.cli.scaffold;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * What the scaffold declares for one table: the record it writes, attribute by attribute. Plain
 * data between reading the catalog and writing the source.
 *
 * @param name the table name
 * @param schema the PostgreSQL schema for {@code @Table(schema)}, or {@code ""} for the default
 * @param className the record's class
 * @param columns the record components, in column order
 * @param primaryKey a composite key's columns for {@code @Table(primaryKey)}, else empty
 * @param primaryKeyName {@code @Table(primaryKeyName)}, or {@code null}
 * @param uniques the {@code @Unique}s
 * @param checks the {@code @Check}s
 * @param indexes the {@code @Index}es
 * @param comment {@code @Table(comment)}, or {@code null}
 * @param notExpressed what the declaration cannot express about this table
 */
record TablePlan(
        String name,
        String schema,
        ClassName className,
        List<ColumnPlan> columns,
        List<String> primaryKey,
        String primaryKeyName,
        List<UniquePlan> uniques,
        List<CheckPlan> checks,
        List<IndexPlan> indexes,
        String comment,
        List<String> notExpressed) {

    /**
     * One record component.
     *
     * @param column the column name
     * @param field the component name
     * @param type its Java type and type attributes
     * @param notNull whether {@code @Column(nullable = false)} is needed (a primitive or key is NOT NULL anyway)
     * @param primaryKey {@code @Column(primaryKey = true)}
     * @param identity {@code @Column(identity = true)}
     * @param unique {@code @Column(unique = true)}
     * @param defaultValue {@code @Column(defaultValue)}, or {@code null}
     * @param check {@code @Column(check)}, or {@code null}
     * @param generated {@code @Column(generated)}, or {@code null}
     * @param comment {@code @Column(comment)}, or {@code null}
     * @param reference its {@code @References}, or {@code null}
     * @param vectorIndex its {@code @VectorIndex}, or {@code null}
     */
    record ColumnPlan(
            String column,
            String field,
            JavaColumnType type,
            boolean notNull,
            boolean primaryKey,
            boolean identity,
            boolean unique,
            String defaultValue,
            String check,
            String generated,
            String comment,
            ReferencePlan reference,
            VectorIndexPlan vectorIndex) {}

    /**
     * A {@code @References}.
     *
     * @param target the referenced table's class
     * @param column the referenced column, or {@code ""} for the target's primary key
     * @param onDelete the {@code ReferentialAction} constant
     * @param onUpdate the {@code ReferentialAction} constant
     * @param name the constraint name, or {@code null} when the naming gives it
     */
    record ReferencePlan(ClassName target, String column, String onDelete, String onUpdate, String name) {}

    /**
     * A {@code @VectorIndex}; {@code null} attributes keep their defaults.
     *
     * @param method the {@code IndexMethod} constant
     * @param distance the {@code Distance} constant
     */
    record VectorIndexPlan(
            String method,
            String distance,
            Integer m,
            Integer efConstruction,
            Integer lists,
            String name,
            String where) {}

    /** A {@code @Unique}; a {@code null} name is given by the naming. */
    record UniquePlan(List<String> columns, String name) {}

    /** A {@code @Check}; a {@code null} name is given by the naming. */
    record CheckPlan(String expression, String name) {}

    /**
     * An {@code @Index}; {@code null} attributes keep their defaults.
     *
     * @param columns the key columns, empty when {@code expression} gives the key list
     * @param expression the key list when it is more than column names, else {@code null}
     */
    record IndexPlan(
            List<String> columns,
            String expression,
            List<String> include,
            boolean unique,
            String name,
            String where,
            String using) {}
}
