package dev.migrata.cli.scaffold;

import dev.migrata.annotations.ConstraintNaming;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.PostgresNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which {@code @Schema(naming)} names the database's constraints, and which constraints need their
 * name written out. For each naming it replays how the annotation processor names the constraints
 * the declarations leave unnamed (in the order it names them, taking the written names first) and
 * compares with the names the database has; a constraint whose name comes out different gets its
 * name written, which can change the names after it, so the replay runs until nothing changes. The
 * naming that needs fewer written names wins: {@code POSTGRESQL} for a database whose constraints
 * the server named, {@code MIGRATA} for one Migrata built.
 */
final class ConstraintNameChoice {

    /** How the declarations state a constraint, in the order the processor names them within a table. */
    enum Kind {
        COLUMN_CHECK,
        TABLE_CHECK,
        PRIMARY_KEY,
        COLUMN_UNIQUE,
        TABLE_UNIQUE,
        FOREIGN_KEY
    }

    /**
     * One constraint as declared.
     *
     * @param table its table
     * @param kind how it is declared when its name is not written
     * @param columns its columns (the one column of a column check, unique or foreign key)
     * @param expression a CHECK's expression as written, else {@code null}
     * @param referencedTable a foreign key's referenced table, else {@code null}
     * @param actualName the name the database has
     */
    record Declared(
            String table,
            Kind kind,
            List<String> columns,
            String expression,
            String referencedTable,
            String actualName) {}

    /**
     * The choice.
     *
     * @param naming the naming for {@code @Schema(naming)}
     * @param explicit the constraints whose names the declarations write out
     */
    record Choice(ConstraintNaming naming, Set<Declared> explicit) {}

    private ConstraintNameChoice() {}

    /**
     * @param tables the table names in {@code @Schema(tables)} order
     * @param identityColumns table → its identity columns, whose sequences take names first
     * @param constraints every constraint, each table's in the order {@link Kind} lists
     */
    static Choice choose(List<String> tables, Map<String, List<String>> identityColumns, List<Declared> constraints) {
        if (constraints.isEmpty()) {
            return new Choice(ConstraintNaming.MIGRATA, Set.of());
        }
        Set<Declared> postgres = explicitFor(ConstraintNaming.POSTGRESQL, tables, identityColumns, constraints);
        Set<Declared> migrata = explicitFor(ConstraintNaming.MIGRATA, tables, identityColumns, constraints);
        return postgres.size() <= migrata.size()
                ? new Choice(ConstraintNaming.POSTGRESQL, postgres)
                : new Choice(ConstraintNaming.MIGRATA, migrata);
    }

    private static Set<Declared> explicitFor(
            ConstraintNaming naming,
            List<String> tables,
            Map<String, List<String>> identityColumns,
            List<Declared> constraints) {
        Set<Declared> explicit = new HashSet<>();
        while (true) {
            Map<Declared, String> names = replay(naming, tables, identityColumns, constraints, explicit);
            Set<Declared> wrong = new HashSet<>();
            names.forEach((constraint, name) -> {
                if (!name.equals(constraint.actualName())) {
                    wrong.add(constraint);
                }
            });
            if (wrong.isEmpty()) {
                return explicit;
            }
            explicit.addAll(wrong);
        }
    }

    /** The names the processor gives the constraints not in {@code explicit}. */
    private static Map<Declared, String> replay(
            ConstraintNaming naming,
            List<String> tables,
            Map<String, List<String>> identityColumns,
            List<Declared> constraints,
            Set<Declared> explicit) {
        Map<Declared, String> names = new LinkedHashMap<>();
        if (naming == ConstraintNaming.MIGRATA) {
            for (Declared constraint : constraints) {
                if (!explicit.contains(constraint)) {
                    names.put(constraint, migrataName(constraint));
                }
            }
            return names;
        }
        // As the processor's POSTGRESQL naming: table names, identity sequences and written names
        // are taken before any name is chosen.
        PostgresNames.Namespace namespace = new PostgresNames.Namespace();
        for (String table : tables) {
            namespace.takeRelation(table);
            for (String column : identityColumns.getOrDefault(table, List.of())) {
                namespace.takeRelation(PostgresNames.makeObjectName(table, column, "seq"));
            }
        }
        for (Declared constraint : constraints) {
            if (explicit.contains(constraint)) {
                Kind kind = constraint.kind();
                if (kind == Kind.PRIMARY_KEY || kind == Kind.COLUMN_UNIQUE || kind == Kind.TABLE_UNIQUE) {
                    namespace.takeRelation(constraint.actualName());
                }
                namespace.takeConstraint(constraint.actualName());
            }
        }
        for (String table : tables) {
            for (Kind kind : Kind.values()) {
                for (Declared constraint : constraints) {
                    if (constraint.table().equals(table)
                            && constraint.kind() == kind
                            && !explicit.contains(constraint)) {
                        names.put(constraint, postgresName(namespace, constraint));
                    }
                }
            }
        }
        return names;
    }

    private static String migrataName(Declared constraint) {
        String table = constraint.table();
        return switch (constraint.kind()) {
            case COLUMN_CHECK -> Names.check(table, constraint.columns().get(0));
            case TABLE_CHECK -> Names.tableCheck(table, constraint.expression());
            case PRIMARY_KEY -> Names.primaryKey(table);
            case COLUMN_UNIQUE, TABLE_UNIQUE -> Names.unique(table, constraint.columns());
            case FOREIGN_KEY -> Names.foreignKey(table, constraint.columns(), constraint.referencedTable());
        };
    }

    private static String postgresName(PostgresNames.Namespace namespace, Declared constraint) {
        String table = constraint.table();
        return switch (constraint.kind()) {
            case COLUMN_CHECK -> namespace.check(table, constraint.columns().get(0));
            case TABLE_CHECK -> namespace.tableCheck(table);
            case PRIMARY_KEY -> namespace.primaryKey(table);
            case COLUMN_UNIQUE, TABLE_UNIQUE -> namespace.unique(table, constraint.columns());
            case FOREIGN_KEY -> namespace.foreignKey(table, constraint.columns());
        };
    }

    /** The constraints of {@code all} in the processor's naming order: table by table, kind by kind. */
    static List<Declared> inNamingOrder(List<String> tables, List<Declared> all) {
        List<Declared> ordered = new ArrayList<>();
        for (String table : tables) {
            for (Kind kind : Kind.values()) {
                for (Declared constraint : all) {
                    if (constraint.table().equals(table) && constraint.kind() == kind) {
                        ordered.add(constraint);
                    }
                }
            }
        }
        return ordered;
    }
}
