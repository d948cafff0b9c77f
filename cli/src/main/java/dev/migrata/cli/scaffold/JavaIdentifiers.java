package dev.migrata.cli.scaffold;

import dev.migrata.schema.model.Names;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for database names: a record per table ({@code order_lines} → {@code OrderLines}), a
 * component per column ({@code created_at} → {@code createdAt}), a constant per enum label ({@code
 * parliament-period} → {@code PARLIAMENT_PERIOD}). A database name the derived Java name does not
 * give back ({@code Names.snakeCase}) is written into the annotation.
 */
final class JavaIdentifiers {

    /**
     * Simple names the written sources use for other types (the annotations, {@code java.lang}, the
     * mapped Java types): a table of that name gets a {@code Table} suffix instead.
     */
    private static final Set<String> TAKEN = Set.of(
            "Table",
            "Column",
            "Index",
            "Unique",
            "Check",
            "References",
            "Vector",
            "VectorIndex",
            "PgEnum",
            "EnumLabel",
            "Schema",
            "Revision",
            "ConstraintNaming",
            "ReferentialAction",
            "IndexMethod",
            "Distance",
            "VectorType",
            "String",
            "Integer",
            "Long",
            "Short",
            "Boolean",
            "Double",
            "Float",
            "Byte",
            "Character",
            "Object",
            "Record",
            "Enum",
            "Override",
            "Deprecated",
            "Class",
            "System",
            "Math",
            "Number",
            "Void",
            "BigDecimal",
            "UUID",
            "OffsetDateTime",
            "LocalDateTime",
            "LocalDate",
            "LocalTime",
            "List",
            "PGsparsevec");

    private JavaIdentifiers() {}

    /** A class name for a table or type: PascalCase of its words. */
    static String className(String databaseName) {
        String camel = camel(databaseName);
        String name = Character.toUpperCase(camel.charAt(0)) + camel.substring(1);
        return TAKEN.contains(name) ? name + "Table" : name;
    }

    /** A record component name for a column: camelCase of its words, never a keyword. */
    static String fieldName(String column) {
        String camel = camel(column);
        String name = Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
        return SourceVersion.isKeyword(name) || name.equals("_") ? name + "_" : name;
    }

    /** An enum constant for a label: its words in upper case, joined by {@code _}. */
    static String constant(String label) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            name.append(isAsciiLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        String constant = name.toString();
        if (constant.isEmpty() || Character.isDigit(constant.charAt(0))) {
            constant = "_" + constant;
        }
        return SourceVersion.isKeyword(constant) || constant.equals("_") ? constant + "_" : constant;
    }

    /** Whether the processor derives {@code databaseName} from {@code javaName} by itself. */
    static boolean derives(String javaName, String databaseName) {
        return Names.snakeCase(javaName).equals(databaseName);
    }

    private static String camel(String databaseName) {
        StringBuilder name = new StringBuilder();
        boolean upperNext = false;
        for (int i = 0; i < databaseName.length(); i++) {
            char c = databaseName.charAt(i);
            if (!isAsciiLetterOrDigit(c)) {
                upperNext = name.length() > 0;
                continue;
            }
            if (name.length() == 0 && Character.isDigit(c)) {
                name.append('t');
            }
            name.append(upperNext ? Character.toUpperCase(c) : c);
            upperNext = false;
        }
        return name.length() == 0 ? "unnamed" : name.toString();
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
