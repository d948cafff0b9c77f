package dev.migrata.processor.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.TriggerModel;
import dev.migrata.schema.model.UniqueModel;
import dev.migrata.schema.model.ViewModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link SchemaModel} as canonical snapshot text through Jackson's streaming generator.
 *
 * <p>Every record is written field by field, the fields in alphabetical order and absent ({@code
 * null}) values left out: the layout {@link SnapshotJson} documents. Naming the fields here, rather
 * than letting an object mapper discover them by reflection, keeps the processor off Jackson's
 * data-binding layer, whose start-up (hundreds of classes, introspection of every record) a cold
 * {@code javac} would pay on every build; it also makes the file format a decision in the code, not
 * a consequence of the records' shape.
 */
final class SnapshotWriter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;

    private SnapshotWriter(JsonGenerator json) {
        this.json = json;
    }

    /** The canonical text of the model in {@code format} (0: without the field), without the trailing newline. */
    static String write(SchemaModel model, int format) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(prettyPrinter());
            new SnapshotWriter(json).schema(model, format);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string does not fail", e);
        }
        return text.toString();
    }

    private void schema(SchemaModel model, int format) throws IOException {
        json.writeStartObject();
        if (format > 0) {
            json.writeNumberField("format", format);
        }
        // Left out when empty, so a snapshot written before schemas declared enum types or listed
        // extensions reads the same, with the same checksum.
        if (!model.enumTypes().isEmpty()) {
            json.writeFieldName("enumTypes");
            json.writeStartArray();
            for (EnumTypeModel enumType : model.enumTypes()) {
                json.writeStartObject();
                strings("labels", enumType.labels());
                string("name", enumType.name());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (!model.extensions().isEmpty()) {
            strings("extensions", model.extensions());
        }
        // Declared objects likewise: left out when the schema declares none.
        if (!model.functions().isEmpty()) {
            json.writeFieldName("functions");
            json.writeStartArray();
            for (FunctionModel function : model.functions()) {
                function(function);
            }
            json.writeEndArray();
        }
        json.writeFieldName("tables");
        json.writeStartArray();
        for (TableModel table : model.tables()) {
            table(table);
        }
        json.writeEndArray();
        if (!model.triggers().isEmpty()) {
            json.writeFieldName("triggers");
            json.writeStartArray();
            for (TriggerModel trigger : model.triggers()) {
                trigger(trigger);
            }
            json.writeEndArray();
        }
        if (!model.views().isEmpty()) {
            json.writeFieldName("views");
            json.writeStartArray();
            for (ViewModel view : model.views()) {
                json.writeStartObject();
                json.writeBooleanField("materialized", view.materialized());
                string("name", view.name());
                string("query", view.query());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void function(FunctionModel function) throws IOException {
        json.writeStartObject();
        string("arguments", function.arguments());
        string("body", function.body());
        string("language", function.language());
        string("name", function.name());
        string("returns", function.returns());
        json.writeEndObject();
    }

    private void trigger(TriggerModel trigger) throws IOException {
        json.writeStartObject();
        strings("events", trigger.events());
        json.writeBooleanField("forEachRow", trigger.forEachRow());
        string("function", trigger.function());
        string("name", trigger.name());
        string("schema", trigger.schema());
        string("table", trigger.table());
        string("timing", trigger.timing());
        string("when", trigger.when());
        json.writeEndObject();
    }

    private void table(TableModel table) throws IOException {
        json.writeStartObject();
        json.writeFieldName("checks");
        json.writeStartArray();
        for (CheckModel check : table.checks()) {
            check(check);
        }
        json.writeEndArray();
        json.writeFieldName("columns");
        json.writeStartArray();
        for (ColumnModel column : table.columns()) {
            column(column);
        }
        json.writeEndArray();
        string("comment", table.comment());
        json.writeFieldName("foreignKeys");
        json.writeStartArray();
        for (ForeignKeyModel foreignKey : table.foreignKeys()) {
            foreignKey(foreignKey);
        }
        json.writeEndArray();
        json.writeFieldName("indexes");
        json.writeStartArray();
        for (IndexModel index : table.indexes()) {
            index(index);
        }
        json.writeEndArray();
        string("name", table.name());
        if (table.primaryKey() != null) {
            json.writeFieldName("primaryKey");
            primaryKey(table.primaryKey());
        }
        string("schema", table.schema());
        json.writeFieldName("uniques");
        json.writeStartArray();
        for (UniqueModel unique : table.uniques()) {
            unique(unique);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void check(CheckModel check) throws IOException {
        json.writeStartObject();
        string("expression", check.expression());
        string("name", check.name());
        json.writeEndObject();
    }

    private void column(ColumnModel column) throws IOException {
        json.writeStartObject();
        string("comment", column.comment());
        string("defaultValue", column.defaultValue());
        strings("enumConstants", column.enumConstants());
        string("generated", column.generated());
        json.writeBooleanField("identity", column.identity());
        string("name", column.name());
        json.writeBooleanField("nullable", column.nullable());
        string("type", column.type());
        json.writeEndObject();
    }

    private void foreignKey(ForeignKeyModel foreignKey) throws IOException {
        json.writeStartObject();
        strings("columns", foreignKey.columns());
        string("name", foreignKey.name());
        string("onDelete", foreignKey.onDelete());
        string("onUpdate", foreignKey.onUpdate());
        strings("referencedColumns", foreignKey.referencedColumns());
        string("referencedSchema", foreignKey.referencedSchema());
        string("referencedTable", foreignKey.referencedTable());
        json.writeEndObject();
    }

    private void index(IndexModel index) throws IOException {
        json.writeStartObject();
        strings("columns", index.columns());
        string("expression", index.expression());
        // Left out when empty, as before indexes could include columns: old snapshots keep their text.
        if (!index.include().isEmpty()) {
            strings("include", index.include());
        }
        string("method", index.method());
        string("name", index.name());
        string("operatorClass", index.operatorClass());
        json.writeFieldName("options");
        json.writeStartObject();
        // The model keeps the options sorted by key.
        for (Map.Entry<String, Integer> option : index.options().entrySet()) {
            json.writeNumberField(option.getKey(), option.getValue());
        }
        json.writeEndObject();
        json.writeBooleanField("unique", index.unique());
        string("where", index.where());
        json.writeEndObject();
    }

    private void primaryKey(PrimaryKeyModel primaryKey) throws IOException {
        json.writeStartObject();
        strings("columns", primaryKey.columns());
        string("name", primaryKey.name());
        json.writeEndObject();
    }

    private void unique(UniqueModel unique) throws IOException {
        json.writeStartObject();
        strings("columns", unique.columns());
        string("name", unique.name());
        json.writeEndObject();
    }

    /** A string field, left out when absent. */
    private void string(String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }

    private void strings(String field, List<String> values) throws IOException {
        json.writeFieldName(field);
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    /** Two-space indents, one array element per line, {@code "key": value}, and {@code []} / {@code {}} when empty. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
