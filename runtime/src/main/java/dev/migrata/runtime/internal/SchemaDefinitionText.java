package dev.migrata.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

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
 * column "search" "tsvector" generated "to_tsvector('english', body)"
 * primary key "id"
 * index "ix_users_name" "btree" "name" where "deleted_at IS NULL"
 * unique index "ux_users_a_b" "btree" "a" "b"
 * index "ix_users_embedding" "hnsw" "embedding" opclass "vector_cosine_ops" with "ef_construction" "64" with "m" "16"
 * index "ix_users_recent" "btree" expression "created_at DESC" include "name" "email"
 * constraint "pk_users" primary key "id"
 * constraint "uq_users_email" unique "email"
 * constraint "ck_users_status" check "status IN ('A', 'B')"
 * constraint "fk_users_team_id_teams" foreign key "team_id" references "" "teams" "id" on delete "CASCADE" on update "NO ACTION"
 * view "active_users" "SELECT id FROM users WHERE active"
 * materialized view "user_counts" "SELECT count(*) AS n FROM users"
 * function "touch" "" "trigger" "plpgsql" "BEGIN NEW.updated_at = now(); RETURN NEW; END"
 * trigger "users_touch" on "" "users" "BEFORE" row "touch" "" events "UPDATE"
 * enum "" "job_status" "QUEUED" "RUNNING" "parliament-period"
 * </pre>
 *
 * <p>Views, functions and triggers follow the tables, each on a line of its own.
 *
 * <p>A primary key or unique constraint line without columns and a check line without an
 * expression (as older chain classes embed them) read as constraints compared by name and kind.
 * Enum lines stand apart from the tables, before or after them; a text without any (as older chain
 * classes embed it) declares no enum type.
 */
final class SchemaDefinitionText {

    private SchemaDefinitionText() {}

    static String render(SchemaDefinition schema) {
        StringBuilder text = new StringBuilder();
        for (SchemaDefinition.EnumType enumType : schema.enumTypes()) {
            line(text, "enum", quote(enumType.schema()), quote(enumType.name()), quoteAll(enumType.labels()));
        }
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
                if (column.generated() != null) {
                    words.add("generated");
                    words.add(quote(column.generated()));
                }
                line(text, words.toArray(String[]::new));
            }
            if (!table.primaryKey().isEmpty()) {
                line(text, "primary key", quoteAll(table.primaryKey()));
            }
            for (SchemaDefinition.Index index : table.indexes()) {
                line(text, index(index).toArray(String[]::new));
            }
            for (SchemaDefinition.Constraint constraint : table.constraints()) {
                line(text, constraint(constraint).toArray(String[]::new));
            }
        }
        objects(text, schema);
        return text.toString();
    }

    /** The views, functions and triggers, each a line of its own after the tables. */
    private static void objects(StringBuilder text, SchemaDefinition schema) {
        for (SchemaDefinition.View view : schema.views()) {
            line(text, view.materialized() ? "materialized view" : "view", quote(view.name()), quote(view.query()));
        }
        for (SchemaDefinition.Function f : schema.functions()) {
            line(
                    text,
                    "function",
                    quote(f.name()),
                    quote(f.arguments()),
                    quote(f.returns()),
                    quote(f.language()),
                    quote(f.body()));
        }
        for (SchemaDefinition.Trigger t : schema.triggers()) {
            line(
                    text,
                    "trigger",
                    quote(t.name()),
                    "on",
                    quote(t.schema()),
                    quote(t.table()),
                    quote(t.timing()),
                    t.forEachRow() ? "row" : "statement",
                    quote(t.function()),
                    quote(t.when()),
                    "events",
                    quoteAll(t.events()));
        }
    }

    private static List<String> index(SchemaDefinition.Index index) {
        List<String> words = new ArrayList<>(List.of(
                index.unique() ? "unique index" : "index",
                quote(index.name()),
                quote(index.method()),
                quoteAll(index.columns())));
        if (index.operatorClass() != null) {
            words.add("opclass");
            words.add(quote(index.operatorClass()));
        }
        index.options().forEach((key, value) -> {
            words.add("with");
            words.add(quote(key));
            words.add(quote(value));
        });
        if (index.where() != null) {
            words.add("where");
            words.add(quote(index.where()));
        }
        if (index.expression() != null) {
            words.add("expression");
            words.add(quote(index.expression()));
        }
        if (!index.include().isEmpty()) {
            words.add("include");
            words.add(quoteAll(index.include()));
        }
        return words;
    }

    private static List<String> constraint(SchemaDefinition.Constraint constraint) {
        List<String> words = new ArrayList<>(List.of(
                "constraint",
                quote(constraint.name()),
                constraint.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        if (!constraint.columns().isEmpty() && constraint.foreignKey() == null) {
            words.add(quoteAll(constraint.columns()));
        }
        if (constraint.check() != null) {
            words.add(quote(constraint.check()));
        }
        SchemaDefinition.ForeignKey foreignKey = constraint.foreignKey();
        if (foreignKey != null) {
            words.add(quoteAll(foreignKey.columns()));
            words.add("references");
            words.add(quote(foreignKey.referencedSchema()));
            words.add(quote(foreignKey.referencedTable()));
            words.add(quoteAll(foreignKey.referencedColumns()));
            words.add("on delete");
            words.add(quote(foreignKey.onDelete()));
            words.add("on update");
            words.add(quote(foreignKey.onUpdate()));
        }
        return words;
    }

    /** Parses what {@link #render} wrote; the parts are concatenated first. */
    static SchemaDefinition parse(String... parts) {
        List<SchemaDefinition.Table> tables = new ArrayList<>();
        List<SchemaDefinition.EnumType> enumTypes = new ArrayList<>();
        List<SchemaDefinition.View> views = new ArrayList<>();
        List<SchemaDefinition.Function> functions = new ArrayList<>();
        List<SchemaDefinition.Trigger> triggers = new ArrayList<>();
        TableBuilder table = null;
        String[] lines = String.join("", parts).split("\n", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            Line words = new Line(line, number);
            String keyword = words.bare();
            // Lines of declared objects stand on their own (chain classes compiled before them have none).
            switch (keyword) {
                case "view", "materialized" -> {
                    boolean materialized = keyword.equals("materialized");
                    if (materialized) {
                        words.expect("view");
                    }
                    views.add(new SchemaDefinition.View(words.string(), words.string(), materialized));
                    words.end();
                    continue;
                }
                case "function" -> {
                    functions.add(new SchemaDefinition.Function(
                            words.string(), words.string(), words.string(), words.string(), words.string()));
                    words.end();
                    continue;
                }
                case "trigger" -> {
                    triggers.add(trigger(words));
                    continue;
                }
                default -> {}
            }
            if (keyword.equals("table")) {
                if (table != null) {
                    tables.add(table.build());
                }
                table = new TableBuilder(words.string(), words.string());
                words.end();
                continue;
            }
            if (keyword.equals("enum")) {
                enumTypes.add(new SchemaDefinition.EnumType(words.string(), words.string(), words.strings()));
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
                case "index", "unique" -> table.indexes.add(index(keyword, words));
                case "constraint" -> table.constraints.add(constraint(words));
                default -> throw words.error("unknown line '" + keyword + "'");
            }
        }
        if (table != null) {
            tables.add(table.build());
        }
        return new SchemaDefinition(tables, enumTypes, views, functions, triggers);
    }

    private static SchemaDefinition.Trigger trigger(Line words) {
        String name = words.string();
        words.expect("on");
        String schema = words.string();
        String table = words.string();
        String timing = words.string();
        String level = words.bare();
        if (!level.equals("row") && !level.equals("statement")) {
            throw words.error("expected 'row' or 'statement' but found '" + level + "'");
        }
        String function = words.string();
        String when = words.string();
        words.expect("events");
        List<String> events = words.strings();
        words.end();
        return new SchemaDefinition.Trigger(name, schema, table, timing, events, level.equals("row"), function, when);
    }

    private static SchemaDefinition.Index index(String keyword, Line words) {
        boolean unique = keyword.equals("unique");
        if (unique) {
            words.expect("index");
        }
        String name = words.string();
        String method = words.string();
        List<String> columns = words.strings();
        String operatorClass = null;
        Map<String, String> options = new TreeMap<>();
        String where = null;
        String expression = null;
        List<String> include = List.of();
        while (words.hasMore()) {
            String part = words.bare();
            switch (part) {
                case "opclass" -> operatorClass = words.string();
                case "with" -> options.put(words.string(), words.string());
                case "where" -> where = words.string();
                case "expression" -> expression = words.string();
                case "include" -> include = words.strings();
                default -> throw words.error("unknown index part '" + part + "'");
            }
        }
        return new SchemaDefinition.Index(
                name, unique, method, columns, operatorClass, options, where, expression, include);
    }

    private static SchemaDefinition.Constraint constraint(Line words) {
        String name = words.string();
        String first = words.bare();
        SchemaDefinition.Kind kind;
        switch (first) {
            case "primary" -> {
                words.expect("key");
                kind = SchemaDefinition.Kind.PRIMARY_KEY;
            }
            case "foreign" -> {
                words.expect("key");
                kind = SchemaDefinition.Kind.FOREIGN_KEY;
            }
            case "unique" -> kind = SchemaDefinition.Kind.UNIQUE;
            case "check" -> kind = SchemaDefinition.Kind.CHECK;
            default -> throw words.error("unknown constraint kind '" + first + "'");
        }
        if (!words.hasMore()) {
            return new SchemaDefinition.Constraint(name, kind);
        }
        if (kind != SchemaDefinition.Kind.FOREIGN_KEY) {
            String expression = kind == SchemaDefinition.Kind.CHECK ? words.string() : null;
            List<String> columns = kind == SchemaDefinition.Kind.CHECK ? List.of() : words.strings();
            if (words.hasMore()) {
                throw words.error("only a foreign key says what it references");
            }
            return new SchemaDefinition.Constraint(name, kind, null, columns, expression);
        }
        List<String> columns = words.strings();
        words.expect("references");
        String referencedSchema = words.string();
        String referencedTable = words.string();
        List<String> referencedColumns = words.strings();
        words.expect("on");
        words.expect("delete");
        String onDelete = words.string();
        words.expect("on");
        words.expect("update");
        String onUpdate = words.string();
        words.end();
        return new SchemaDefinition.Constraint(
                name,
                kind,
                new SchemaDefinition.ForeignKey(
                        columns, referencedSchema, referencedTable, referencedColumns, onDelete, onUpdate));
    }

    private static SchemaDefinition.Column column(Line words) {
        String name = words.string();
        String type = words.string();
        boolean nullable = true;
        String defaultValue = null;
        boolean identity = false;
        String generated = null;
        while (words.hasMore()) {
            String flag = words.bare();
            switch (flag) {
                case "not" -> {
                    words.expect("null");
                    nullable = false;
                }
                case "default" -> defaultValue = words.string();
                case "identity" -> identity = true;
                case "generated" -> generated = words.string();
                default -> throw words.error("unknown column flag '" + flag + "'");
            }
        }
        return new SchemaDefinition.Column(name, type, nullable, defaultValue, identity, generated);
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

        /** The quoted strings up to the next keyword or the end of the line. */
        List<String> strings() {
            List<String> values = new ArrayList<>();
            while (hasMore() && text.charAt(position) == '"') {
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
