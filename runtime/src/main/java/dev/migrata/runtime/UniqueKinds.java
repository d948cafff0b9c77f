package dev.migrata.runtime;

import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A UNIQUE constraint and a unique index enforce the same rule but are different kinds of object
 * (only a constraint can be the target of a foreign key, {@code ON CONFLICT ON CONSTRAINT} names
 * one, and they are dropped differently). Where the head schema declares one kind and the database
 * has the other — found by name, else by the same columns — this reports that one difference
 * instead of a missing object plus an extra one.
 */
final class UniqueKinds {

    private UniqueKinds() {}

    /**
     * Removes each pair it reports from the four collections, so the comparisons after it see
     * neither side.
     */
    static void match(
            String table,
            List<SchemaDefinition.Index> wantIndexes,
            List<SchemaDefinition.Constraint> wantConstraints,
            Map<String, SchemaDefinition.Index> actualIndexes,
            Map<String, SchemaDefinition.Constraint> actualConstraints,
            List<DriftReport.Drift> drifts) {
        for (Iterator<SchemaDefinition.Index> wanted = wantIndexes.iterator(); wanted.hasNext(); ) {
            SchemaDefinition.Index index = wanted.next();
            if (!index.unique() || index.where() != null || actualIndexes.containsKey(index.name())) {
                continue;
            }
            SchemaDefinition.Constraint constraint =
                    undeclaredUnique(actualConstraints, wantConstraints, index.name(), index.columns());
            if (constraint != null) {
                wanted.remove();
                actualConstraints.remove(constraint.name());
                drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.UNIQUE_INDEX_IS_CONSTRAINT,
                        table + " index " + index.name(),
                        "unique index " + withoutUnique(index),
                        "UNIQUE constraint " + constraint.name() + " "
                                + SchemaComparator.describe(constraint.columns())));
            }
        }
        for (Iterator<SchemaDefinition.Constraint> wanted = wantConstraints.iterator(); wanted.hasNext(); ) {
            SchemaDefinition.Constraint constraint = wanted.next();
            if (constraint.kind() != SchemaDefinition.Kind.UNIQUE || actualConstraints.containsKey(constraint.name())) {
                continue;
            }
            SchemaDefinition.Index index = undeclaredUniqueIndex(actualIndexes, wantIndexes, constraint);
            if (index != null) {
                wanted.remove();
                actualIndexes.remove(index.name());
                drifts.add(SchemaComparator.drift(
                        DriftReport.Kind.UNIQUE_CONSTRAINT_IS_INDEX,
                        table + " constraint " + constraint.name(),
                        constraint.columns().isEmpty()
                                ? "UNIQUE constraint"
                                : "UNIQUE constraint " + SchemaComparator.describe(constraint.columns()),
                        "unique index " + index.name() + " " + withoutUnique(index)));
            }
        }
    }

    /** A live UNIQUE constraint the head schema does not declare, of this name or on these columns. */
    private static SchemaDefinition.Constraint undeclaredUnique(
            Map<String, SchemaDefinition.Constraint> actual,
            List<SchemaDefinition.Constraint> declared,
            String name,
            List<String> columns) {
        SchemaDefinition.Constraint byName = actual.get(name);
        if (byName != null) {
            return byName.kind() == SchemaDefinition.Kind.UNIQUE
                            && declared.stream().noneMatch(want -> want.name().equals(name))
                    ? byName
                    : null;
        }
        for (SchemaDefinition.Constraint candidate : actual.values()) {
            if (candidate.kind() == SchemaDefinition.Kind.UNIQUE
                    && candidate.columns().equals(columns)
                    && declared.stream().noneMatch(want -> want.name().equals(candidate.name()))) {
                return candidate;
            }
        }
        return null;
    }

    /** A live full unique index the head schema does not declare, of the constraint's name or columns. */
    private static SchemaDefinition.Index undeclaredUniqueIndex(
            Map<String, SchemaDefinition.Index> actual,
            List<SchemaDefinition.Index> declared,
            SchemaDefinition.Constraint constraint) {
        SchemaDefinition.Index byName = actual.get(constraint.name());
        if (byName != null) {
            return byName.unique()
                            && byName.where() == null
                            && declared.stream().noneMatch(want -> want.name().equals(byName.name()))
                    ? byName
                    : null;
        }
        if (constraint.columns().isEmpty()) {
            return null;
        }
        for (SchemaDefinition.Index candidate : actual.values()) {
            if (candidate.unique()
                    && candidate.where() == null
                    && candidate.columns().equals(constraint.columns())
                    && declared.stream().noneMatch(want -> want.name().equals(candidate.name()))) {
                return candidate;
            }
        }
        return null;
    }

    /** {@code btree (a, b)}: the index as a drift line shows it, after the words "unique index". */
    private static String withoutUnique(SchemaDefinition.Index index) {
        return SchemaComparator.describeWithPredicate(index, false).substring("unique ".length());
    }
}
