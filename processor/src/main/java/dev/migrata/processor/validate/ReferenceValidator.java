package dev.migrata.processor.validate;

import dev.migrata.processor.read.ColumnRead;
import dev.migrata.processor.read.IndexRead;
import dev.migrata.processor.read.ReferenceRead;
import dev.migrata.processor.read.TableRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every {@code @References} against the tables of its schema: the target is a listed
 * table, the referenced column exists and is unique, and both columns have the same type.
 */
public final class ReferenceValidator {

    private ReferenceValidator() {}

    /**
     * Every problem with the references of these tables.
     *
     * @param schemaName the {@code @Schema} class's simple name, for messages
     * @param tablesByClass the schema's tables by qualified class name
     */
    public static List<Problem> validate(String schemaName, Map<String, TableRead> tablesByClass) {
        List<Problem> problems = new ArrayList<>();
        for (TableRead table : tablesByClass.values()) {
            for (ColumnRead column : table.columns()) {
                if (column.reference() != null) {
                    check(schemaName, column, column.reference(), tablesByClass, problems);
                }
            }
        }
        return problems;
    }

    private static void check(
            String schemaName,
            ColumnRead column,
            ReferenceRead reference,
            Map<String, TableRead> tablesByClass,
            List<Problem> problems) {
        TableRead target = tablesByClass.get(reference.targetClass());
        String targetName = reference.targetSimpleName();
        if (target == null) {
            problems.add(
                    Problems.referenceNotTable(reference.valueOrigin(), targetName, column.description(), schemaName));
            return;
        }
        String referenced;
        if (!reference.column().isEmpty()) {
            referenced = reference.column();
            if (target.column(referenced).isEmpty()) {
                problems.add(Problems.referenceUnknownColumn(
                        reference.columnOrigin(),
                        referenced,
                        column.description(),
                        target.name(),
                        target.columnList()));
                return;
            }
            if (!isUnique(target, referenced)) {
                problems.add(Problems.referenceNotUnique(
                        reference.columnOrigin(), referenced, column.description(), target.name()));
                return;
            }
        } else {
            List<String> key = target.primaryKeyColumns();
            if (key.isEmpty()) {
                problems.add(Problems.referenceNoPrimaryKey(
                        reference.origin(), targetName, column.description(), target.name()));
                return;
            }
            if (key.size() > 1) {
                problems.add(Problems.referenceCompositeKey(
                        reference.origin(), targetName, column.description(), target.name(), String.join(", ", key)));
                return;
            }
            referenced = key.get(0);
        }
        ColumnRead referencedColumn = target.column(referenced).orElse(null);
        if (referencedColumn == null || column.type() == null || referencedColumn.type() == null) {
            return;
        }
        if (!sameType(column.type(), referencedColumn.type())) {
            problems.add(Problems.referenceTypeMismatch(
                    reference.origin(),
                    column.description(),
                    column.type(),
                    target.name(),
                    referenced,
                    referencedColumn.type()));
        }
    }

    private static boolean isUnique(TableRead table, String column) {
        if (table.primaryKeyColumns().equals(List.of(column))) {
            return true;
        }
        if (table.column(column).map(ColumnRead::unique).orElse(false)) {
            return true;
        }
        for (IndexRead index : table.indexes()) {
            if (index.unique() && index.where().isEmpty() && index.columns().equals(List.of(column))) {
                return true;
            }
        }
        return table.uniques().stream().anyMatch(u -> u.columns().equals(List.of(column)));
    }

    /** Equal types, treating {@code text} and every {@code varchar(n)} as one type. */
    private static boolean sameType(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String type) {
        String lower = type.strip().toLowerCase(Locale.ROOT);
        if (lower.equals("text") || lower.startsWith("varchar") || lower.startsWith("character varying")) {
            return "text";
        }
        switch (lower) {
            case "int":
            case "int4":
                return "integer";
            case "int8":
                return "bigint";
            case "int2":
                return "smallint";
            default:
                return lower;
        }
    }
}
