package dev.migrata.processor.validate;

import dev.migrata.processor.read.PgEnumRead;
import dev.migrata.processor.read.TableRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Names;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the {@code @PgEnum} types of one schema: each type name is a valid name, not taken by
 * another enum or by a table (whose row type has its name), and each label is 1 to 63 bytes and
 * unique within its type.
 */
public final class PgEnumValidator {

    private PgEnumValidator() {}

    /**
     * Every problem.
     *
     * @param enums the distinct enum classes the schema's columns use, in the order first used
     * @param tables the schema's tables
     */
    public static List<Problem> validate(List<PgEnumRead> enums, List<TableRead> tables) {
        List<Problem> problems = new ArrayList<>();
        // A type is created in the connection's default schema, where it shares one namespace with
        // the row types of the tables there.
        Map<String, String> typeNames = new HashMap<>();
        for (TableRead table : tables) {
            if (table.schema() == null
                    || table.schema().isEmpty()
                    || table.schema().equals("public")) {
                typeNames.putIfAbsent(table.name(), "table " + table.name() + " (" + table.simpleName() + ")");
            }
        }
        for (PgEnumRead pgEnum : enums) {
            IdentifierValidator.addProblem(
                    problems,
                    "enum type",
                    pgEnum.name(),
                    pgEnum.simpleName(),
                    "@PgEnum(name = \"%s\")",
                    pgEnum.nameOrigin());
            String taken = typeNames.putIfAbsent(pgEnum.name(), "@PgEnum " + pgEnum.simpleName());
            if (taken != null) {
                problems.add(Problems.duplicateEnumType(
                        pgEnum.nameOrigin(), pgEnum.simpleName(), pgEnum.name(), taken, "public"));
            }
            validateLabels(pgEnum, problems);
        }
        return problems;
    }

    private static void validateLabels(PgEnumRead pgEnum, List<Problem> problems) {
        Map<String, PgEnumRead.Label> seen = new HashMap<>();
        for (PgEnumRead.Label label : pgEnum.labels()) {
            String reason = labelProblem(label.label());
            if (reason != null) {
                problems.add(Problems.invalidEnumLabel(
                        label.origin(),
                        Printable.of(label.label()),
                        pgEnum.simpleName(),
                        label.constant(),
                        reason,
                        Names.snakeCase(label.constant())));
                continue;
            }
            PgEnumRead.Label first = seen.putIfAbsent(label.label(), label);
            if (first != null) {
                problems.add(Problems.duplicateEnumLabel(
                        label.origin(), first.constant(), label.constant(), pgEnum.simpleName(), label.label()));
            }
        }
    }

    /** Why the text cannot be an enum label, or {@code null} when it can. */
    static String labelProblem(String label) {
        if (label.isEmpty()) {
            return "it is empty";
        }
        if (label.indexOf('\0') >= 0) {
            return "it contains a NUL character";
        }
        int bytes = label.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Names.MAX_IDENTIFIER_BYTES) {
            return "it is " + bytes + " bytes long, over PostgreSQL's limit of " + Names.MAX_IDENTIFIER_BYTES;
        }
        return null;
    }
}
