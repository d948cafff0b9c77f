package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of a {@link SchemaDefinition}, which generated chain classes embed: one line per
 * table, column, key, index and constraint, so that a schema of hundreds of tables is a few string
 * constants for javac instead of thousands of constructor calls. Strings are always quoted, with
 * {@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t} escapes; keywords are bare.
 *
 * <pre>
 * table "" "users"
 * column "id" "uuid" not null
 * column "created_at" "timestamp with time zone" default "now()"
 * column "n" "bigint" not null identity
 * primary key "id"
 * index "ix_users_name" "btree" "name"
 * unique index "ux_users_a_b" "btree" "a" "b"
 * constraint "pk_users" primary key
 * </pre>
 */
final class SchemaDefinitionText {

    private SchemaDefinitionText() {}

    static String render(SchemaDefinition schema) {
        StringBuilder text = new StringBuilder();
        for (SchemaDefinition.Table table : schema.tables()) {
            line(text, "table", quote(table.schema()), quote(table.name()));
            for (SchemaDefinition.Column column : table.columns()) {
                List<String> words = new ArrayList<>(List.of("column", quote(column.name()), quote(column.type())));
                if (!column.nullable()) {
                    words.add("not null");
                }
                if (column.defaultValue() != null) {
                    words.add("default");
                    words.add(quote(column.defaultValue()));
                }
                if (column.identity()) {
                    words.add("identity");
                }
                line(text, words.toArray(String[]::new));
            }
            if (!table.primaryKey().isEmpty()) {
                line(text, "primary key", quoteAll(table.primaryKey()));
            }
            for (SchemaDefinition.Index index : table.indexes()) {
                line(
                        text,
                        index.unique() ? "unique index" : "index",
                        quote(index.name()),
                        quote(index.method()),
                        quoteAll(index.columns()));
            }
            for (SchemaDefinition.Constraint constraint : table.constraints()) {
                line(
                        text,
                        "constraint",
                        quote(constraint.name()),
                        constraint.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return text.toString();
    }

    /** Parses what {@link #render} wrote; the parts are concatenated first. */
    static SchemaDefinition parse(String... parts) {
        List<SchemaDefinition.Table> tables = new ArrayList<>();
        TableBuilder table = null;
        String[] lines = String.join("", parts).split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            Line words = new Line(line, number);
            String keyword = words.bare();
            if (keyword.equals("table")) {
                if (table != null) {
                    tables.add(table.build());
                }
                table = new TableBuilder(words.string(), words.string());
                words.end();
                continue;
            }
            if (table == null) {
                throw words.error("expected a table line first");
            }
            switch (keyword) {
                case "column" -> table.columns.add(column(words));
                case "primary" -> {
                    words.expect("key");
                    table.primaryKey.addAll(words.strings());
                }
                case "index", "unique" -> {
                    boolean unique = keyword.equals("unique");
                    if (unique) {
                        words.expect("index");
                    }
                    String name = words.string();
                    String method = words.string();
                    table.indexes.add(new SchemaDefinition.Index(name, unique, method, words.strings()));
                }
                case "constraint" -> {
                    String name = words.string();
                    StringBuilder kind = new StringBuilder(words.bare());
                    while (words.hasMore()) {
                        kind.append('_').append(words.bare());
                    }
                    try {
                        SchemaDefinition.Kind parsed =
                                SchemaDefinition.Kind.valueOf(kind.toString().toUpperCase(Locale.ROOT));
                        table.constraints.add(new SchemaDefinition.Constraint(name, parsed));
                    } catch (IllegalArgumentException e) {
                        throw words.error("unknown constraint kind '" + kind + "'");
                    }
                }
                default -> throw words.error("unknown line '" + keyword + "'");
            }
        }
        if (table != null) {
            tables.add(table.build());
        }
        return new SchemaDefinition(tables);
    }

    private static SchemaDefinition.Column column(Line words) {
        String name = words.string();
        String type = words.string();
        boolean nullable = true;
        String defaultValue = null;
        boolean identity = false;
        while (words.hasMore()) {
            String flag = words.bare();
            switch (flag) {
                case "not" -> {
                    words.expect("null");
                    nullable = false;
                }
                case "default" -> defaultValue = words.string();
                case "identity" -> identity = true;
                default -> throw words.error("unknown column flag '" + flag + "'");
            }
        }
        return new SchemaDefinition.Column(name, type, nullable, defaultValue, identity);
    }

    private static void line(StringBuilder text, String... words) {
        text.append(String.join(" ", words)).append('\n');
    }

    private static String quoteAll(List<String> values) {
        return String.join(" ", values.stream().map(SchemaDefinitionText::quote).toList());
    }

    private static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** The words of one line, read left to right. */
    private static final class Line {
        private final String text;
        private final int number;
        private int position;

        Line(String text, int number) {
            this.text = text;
            this.number = number;
        }

        boolean hasMore() {
            skipSpaces();
            return position < text.length();
        }

        /** A keyword: letters up to the next space. */
        String bare() {
            skipSpaces();
            int start = position;
            while (position < text.length() && Character.isLetter(text.charAt(position))) {
                position++;
            }
            if (start == position) {
                throw error("expected a keyword");
            }
            return text.substring(start, position);
        }

        void expect(String keyword) {
            String word = bare();
            if (!word.equals(keyword)) {
                throw error("expected '" + keyword + "' but found '" + word + "'");
            }
        }

        /** A quoted string, unescaped. */
        String string() {
            skipSpaces();
            if (position >= text.length() || text.charAt(position) != '"') {
                throw error("expected a quoted string");
            }
            StringBuilder value = new StringBuilder();
            position++;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return value.toString();
                }
                if (c == '\\' && position < text.length()) {
                    char escaped = text.charAt(position++);
                    switch (escaped) {
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case '"', '\\' -> value.append(escaped);
                        default -> throw error("unknown escape \\" + escaped);
                    }
                } else {
                    value.append(c);
                }
            }
            throw error("unterminated string");
        }

        /** The quoted strings up to the end of the line. */
        List<String> strings() {
            List<String> values = new ArrayList<>();
            while (hasMore()) {
                values.add(string());
            }
            return values;
        }

        void end() {
            if (hasMore()) {
                throw error("unexpected text");
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(
                    "Schema definition line " + number + ", column " + (position + 1) + ": " + what + ": " + text);
        }

        private void skipSpaces() {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }
    }

    private static final class TableBuilder {
        private final String schema;
        private final String name;
        private final List<SchemaDefinition.Column> columns = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<SchemaDefinition.Index> indexes = new ArrayList<>();
        private final List<SchemaDefinition.Constraint> constraints = new ArrayList<>();

        TableBuilder(String schema, String name) {
            this.schema = schema;
            this.name = name;
        }

        SchemaDefinition.Table build() {
            return new SchemaDefinition.Table(schema, name, columns, primaryKey, indexes, constraints);
        }
    }
}
