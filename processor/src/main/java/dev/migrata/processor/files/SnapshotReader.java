package dev.migrata.processor.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.SqlTypes;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.TriggerModel;
import dev.migrata.schema.model.UniqueModel;
import dev.migrata.schema.model.ViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads snapshot text back into a {@link SchemaModel} through Jackson's streaming parser: the
 * counterpart of {@link SnapshotWriter}, field by field.
 *
 * <p>Strict, because a snapshot that reads "successfully" into the wrong model would make the next
 * revision's diff wrong: an unknown field, a value of the wrong kind or a missing list is an error
 * with its line. Fields may come in any order (a hand-merged file stays readable); absent strings
 * are {@code null} and absent booleans {@code false}, as the writer leaves out absent values.
 *
 * <p>Column types are read into the model in their one spelling ({@link SqlTypes#normalize}), so
 * that a snapshot frozen with {@code int} and a declaration saying {@code integer} are the same
 * type; the checksum stays that of the file as written, which an older version may have spelled
 * differently.
 */
final class SnapshotReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** Reads one element of a list, the parser on its first token. */
    @FunctionalInterface
    private interface ElementReader<T> {
        T read() throws IOException, MalformedRevisionFileException;
    }

    private final JsonParser json;
    private final boolean normalizeTypes;
    /** Whether a column type was read in another spelling than its normalized one. */
    private boolean typeRespelled;

    /** The format the file states, and its model, once read. */
    private int format;

    private SchemaModel model;

    private SnapshotReader(JsonParser json, boolean normalizeTypes) {
        this.json = json;
        this.normalizeTypes = normalizeTypes;
    }

    static Snapshot read(String text) throws MalformedRevisionFileException {
        SnapshotReader reader = parse(text, true);
        if (!reader.typeRespelled) {
            return new Snapshot(reader.format, reader.model);
        }
        // Rare (files written before types were normalized): read it again as written for its checksum.
        SnapshotReader asWritten = parse(text, false);
        return new Snapshot(reader.format, reader.model, SnapshotJson.write(asWritten.model, asWritten.format));
    }

    /** The model alone, without the canonical text {@link #read} renders again for the checksum. */
    static SchemaModel readModel(String text) throws MalformedRevisionFileException {
        return parse(text, true).model;
    }

    private static SnapshotReader parse(String text, boolean normalizeTypes) throws MalformedRevisionFileException {
        try (JsonParser json = FACTORY.createParser(text)) {
            SnapshotReader reader = new SnapshotReader(json, normalizeTypes);
            if (json.nextToken() == null) {
                throw new MalformedRevisionFileException("the file is empty", 1);
            }
            reader.readSnapshot();
            if (json.nextToken() != null) {
                throw reader.error("unexpected text after the snapshot");
            }
            return reader;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedRevisionFileException(e.getOriginalMessage(), line);
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string does not fail", e);
        }
    }

    private void readSnapshot() throws IOException, MalformedRevisionFileException {
        int line = startObject("the snapshot");
        // A file written before snapshot formats were numbered states none.
        format = 0;
        List<TableModel> tables = null;
        // Absent in a snapshot of a schema that lists none, and in every one written before schemas could.
        List<String> extensions = List.of();
        // Absent likewise when no column uses a @PgEnum type.
        List<EnumTypeModel> enumTypes = List.of();
        // Absent likewise when the schema declares no view, function or trigger.
        List<ViewModel> views = List.of();
        List<FunctionModel> functions = List.of();
        List<TriggerModel> triggers = List.of();
        while (nextField()) {
            switch (json.currentName()) {
                case "enumTypes" -> enumTypes = list(this::enumType);
                case "extensions" -> extensions = list(this::stringElement);
                case "format" -> format = format();
                case "functions" -> functions = list(this::function);
                case "tables" -> tables = list(this::table);
                case "triggers" -> triggers = list(this::trigger);
                case "views" -> views = list(this::view);
                default -> throw unknownField("the snapshot");
            }
        }
        model = new SchemaModel(
                required(tables, "tables", "the snapshot", line), extensions, enumTypes, views, functions, triggers);
    }

    private ViewModel view() throws IOException, MalformedRevisionFileException {
        int line = startObject("a view");
        String name = null;
        String query = null;
        boolean materialized = false;
        while (nextField()) {
            switch (json.currentName()) {
                case "materialized" -> materialized = bool();
                case "name" -> name = string();
                case "query" -> query = string();
                default -> throw unknownField("a view");
            }
        }
        String what = "view " + name;
        return new ViewModel(required(name, "name", what, line), required(query, "query", what, line), materialized);
    }

    private FunctionModel function() throws IOException, MalformedRevisionFileException {
        int line = startObject("a function");
        String name = null;
        String arguments = null;
        String returns = null;
        String language = null;
        String body = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "arguments" -> arguments = string();
                case "body" -> body = string();
                case "language" -> language = string();
                case "name" -> name = string();
                case "returns" -> returns = string();
                default -> throw unknownField("a function");
            }
        }
        String what = "function " + name;
        return new FunctionModel(
                required(name, "name", what, line),
                required(arguments, "arguments", what, line),
                required(returns, "returns", what, line),
                required(language, "language", what, line),
                required(body, "body", what, line));
    }

    private TriggerModel trigger() throws IOException, MalformedRevisionFileException {
        int line = startObject("a trigger");
        String name = null;
        String schema = null;
        String table = null;
        String timing = null;
        List<String> events = null;
        boolean forEachRow = true;
        String function = null;
        String when = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "events" -> events = list(this::stringElement);
                case "forEachRow" -> forEachRow = bool();
                case "function" -> function = string();
                case "name" -> name = string();
                case "schema" -> schema = string();
                case "table" -> table = string();
                case "timing" -> timing = string();
                case "when" -> when = string();
                default -> throw unknownField("a trigger");
            }
        }
        String what = "trigger " + name;
        return new TriggerModel(
                required(name, "name", what, line),
                required(schema, "schema", what, line),
                required(table, "table", what, line),
                required(timing, "timing", what, line),
                required(events, "events", what, line),
                forEachRow,
                required(function, "function", what, line),
                required(when, "when", what, line));
    }

    private EnumTypeModel enumType() throws IOException, MalformedRevisionFileException {
        int line = startObject("an enum type");
        String name = null;
        List<String> labels = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "labels" -> labels = list(this::stringElement);
                case "name" -> name = string();
                default -> throw unknownField("an enum type");
            }
        }
        String what = "enum type " + name;
        return new EnumTypeModel(required(name, "name", what, line), required(labels, "labels", what, line));
    }

    /**
     * The {@code "format"} value: 1 to {@link SnapshotJson#CURRENT_FORMAT}. A newer one is refused
     * before its fields are read, since they may mean something else there.
     */
    private int format() throws IOException, MalformedRevisionFileException {
        if (json.nextToken() != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
            throw error("expected a format number for \"format\"");
        }
        int format = json.getIntValue();
        if (format < 1 || format > SnapshotJson.CURRENT_FORMAT) {
            throw error("the snapshot is in format " + format + ", which this version of Migrata does not read (it"
                    + " reads formats up to " + SnapshotJson.CURRENT_FORMAT + "): compile with the Migrata version"
                    + " that wrote it or a newer one");
        }
        return format;
    }

    private TableModel table() throws IOException, MalformedRevisionFileException {
        int line = startObject("a table");
        String schema = null;
        String name = null;
        String comment = null;
        PrimaryKeyModel primaryKey = null;
        List<ColumnModel> columns = null;
        List<UniqueModel> uniques = null;
        List<CheckModel> checks = null;
        List<ForeignKeyModel> foreignKeys = null;
        List<IndexModel> indexes = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "checks" -> checks = list(this::check);
                case "columns" -> columns = list(this::column);
                case "comment" -> comment = string();
                case "foreignKeys" -> foreignKeys = list(this::foreignKey);
                case "indexes" -> indexes = list(this::index);
                case "name" -> name = string();
                case "primaryKey" -> primaryKey = json.nextToken() == JsonToken.VALUE_NULL ? null : primaryKey();
                case "schema" -> schema = string();
                case "uniques" -> uniques = list(this::unique);
                default -> throw unknownField("a table");
            }
        }
        String what = "table " + name;
        return new TableModel(
                schema,
                name,
                required(columns, "columns", what, line),
                primaryKey,
                required(uniques, "uniques", what, line),
                required(checks, "checks", what, line),
                required(foreignKeys, "foreignKeys", what, line),
                required(indexes, "indexes", what, line),
                comment);
    }

    private ColumnModel column() throws IOException, MalformedRevisionFileException {
        startObject("a column");
        String name = null;
        String type = null;
        boolean nullable = false;
        boolean identity = false;
        String defaultValue = null;
        String comment = null;
        List<String> enumConstants = null;
        String generated = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "comment" -> comment = string();
                case "generated" -> generated = string();
                case "defaultValue" -> defaultValue = string();
                case "enumConstants" -> enumConstants = list(this::stringElement);
                case "identity" -> identity = bool();
                case "name" -> name = string();
                case "nullable" -> nullable = bool();
                case "type" -> type = string();
                default -> throw unknownField("a column");
            }
        }
        if (normalizeTypes && type != null) {
            String normalized = SqlTypes.normalize(type);
            typeRespelled |= !normalized.equals(type);
            type = normalized;
        }
        return new ColumnModel(name, type, nullable, identity, defaultValue, comment, enumConstants, generated);
    }

    private CheckModel check() throws IOException, MalformedRevisionFileException {
        startObject("a check constraint");
        String name = null;
        String expression = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "expression" -> expression = string();
                case "name" -> name = string();
                default -> throw unknownField("a check constraint");
            }
        }
        return new CheckModel(name, expression);
    }

    private ForeignKeyModel foreignKey() throws IOException, MalformedRevisionFileException {
        int line = startObject("a foreign key");
        String name = null;
        List<String> columns = null;
        String referencedSchema = null;
        String referencedTable = null;
        List<String> referencedColumns = null;
        String onDelete = null;
        String onUpdate = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "columns" -> columns = list(this::stringElement);
                case "name" -> name = string();
                case "onDelete" -> onDelete = string();
                case "onUpdate" -> onUpdate = string();
                case "referencedColumns" -> referencedColumns = list(this::stringElement);
                case "referencedSchema" -> referencedSchema = string();
                case "referencedTable" -> referencedTable = string();
                default -> throw unknownField("a foreign key");
            }
        }
        String what = "foreign key " + name;
        return new ForeignKeyModel(
                name,
                required(columns, "columns", what, line),
                referencedSchema,
                referencedTable,
                required(referencedColumns, "referencedColumns", what, line),
                onDelete,
                onUpdate);
    }

    private IndexModel index() throws IOException, MalformedRevisionFileException {
        int line = startObject("an index");
        String name = null;
        List<String> columns = null;
        boolean unique = false;
        String method = null;
        String operatorClass = null;
        Map<String, Integer> options = null;
        String where = null;
        String expression = null;
        List<String> include = List.of();
        while (nextField()) {
            switch (json.currentName()) {
                case "columns" -> columns = list(this::stringElement);
                case "expression" -> expression = string();
                case "include" -> include = list(this::stringElement);
                case "method" -> method = string();
                case "name" -> name = string();
                case "operatorClass" -> operatorClass = string();
                case "options" -> options = options();
                case "unique" -> unique = bool();
                case "where" -> where = string();
                default -> throw unknownField("an index");
            }
        }
        return new IndexModel(
                name,
                required(columns, "columns", "index " + name, line),
                unique,
                method,
                operatorClass,
                options,
                where,
                expression,
                include);
    }

    private PrimaryKeyModel primaryKey() throws IOException, MalformedRevisionFileException {
        int line = startObject("a primary key");
        String name = null;
        List<String> columns = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "columns" -> columns = list(this::stringElement);
                case "name" -> name = string();
                default -> throw unknownField("a primary key");
            }
        }
        return new PrimaryKeyModel(name, required(columns, "columns", "primary key " + name, line));
    }

    private UniqueModel unique() throws IOException, MalformedRevisionFileException {
        int line = startObject("a unique constraint");
        String name = null;
        List<String> columns = null;
        while (nextField()) {
            switch (json.currentName()) {
                case "columns" -> columns = list(this::stringElement);
                case "name" -> name = string();
                default -> throw unknownField("a unique constraint");
            }
        }
        return new UniqueModel(name, required(columns, "columns", "unique constraint " + name, line));
    }

    /** Index storage parameters: an object of whole numbers. */
    private Map<String, Integer> options() throws IOException, MalformedRevisionFileException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw error("expected an object of index options");
        }
        Map<String, Integer> options = new LinkedHashMap<>();
        while (nextField()) {
            String key = json.currentName();
            if (json.nextToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error("expected a whole number for index option \"" + key + "\"");
            }
            options.put(key, json.getIntValue());
        }
        return options;
    }

    /** Checks the current token opens an object and returns its line, for errors about the whole object. */
    private int startObject(String what) throws MalformedRevisionFileException {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            throw error("expected " + what + " (an object)");
        }
        return json.currentLocation().getLineNr();
    }

    /** Moves to the next field of the current object; false at its end. */
    private boolean nextField() throws IOException {
        return json.nextToken() == JsonToken.FIELD_NAME;
    }

    private <T> List<T> list(ElementReader<T> element) throws IOException, MalformedRevisionFileException {
        String field = json.currentName();
        if (json.nextToken() != JsonToken.START_ARRAY) {
            throw error("expected a list for \"" + field + "\"");
        }
        List<T> values = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.read());
        }
        return values;
    }

    /** The value of the current field: a string or {@code null}. */
    private String string() throws IOException, MalformedRevisionFileException {
        String field = json.currentName();
        JsonToken token = json.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw error("expected a string for \"" + field + "\"");
        }
        return json.getText();
    }

    /** A string element of a list, the parser on it. */
    private String stringElement() throws IOException, MalformedRevisionFileException {
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw error("expected a string in the list");
        }
        return json.getText();
    }

    private boolean bool() throws IOException, MalformedRevisionFileException {
        String field = json.currentName();
        JsonToken token = json.nextToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw error("expected true or false for \"" + field + "\"");
        }
        return token == JsonToken.VALUE_TRUE;
    }

    private static <T> T required(T value, String field, String what, int line) throws MalformedRevisionFileException {
        if (value == null) {
            throw new MalformedRevisionFileException(what + " has no \"" + field + "\"", line);
        }
        return value;
    }

    private MalformedRevisionFileException unknownField(String what) throws IOException {
        return error("unknown field \"" + json.currentName() + "\" in " + what);
    }

    private MalformedRevisionFileException error(String reason) {
        return new MalformedRevisionFileException(reason, json.currentLocation().getLineNr());
    }
}
