package dev.migrata.processor.files;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.SchemaModel;

/**
 * The {@code <id>.schema.json} format: a {@link SchemaModel} as canonical JSON. Canonical means
 * that equal models give byte-identical text, whatever the JVM or the order things were declared
 * in, so that a snapshot only changes in version control when the schema does:
 *
 * <ul>
 *   <li>object properties and map keys sorted by name; list order kept (it is meaningful: column
 *       order is the {@code CREATE TABLE} order, the model sorts the named parts itself);
 *   <li>pretty-printed with two spaces, one array element per line, {@code \n} line endings and a
 *       trailing newline, so a diff shows one line per changed attribute;
 *   <li>absent values ({@code null}) left out rather than written as {@code null}.
 * </ul>
 *
 * <p>Only the record components are serialized: detection goes through fields, never getters,
 * because the model records also have derived accessors such as {@code IndexModel.isVectorIndex()}
 * that are not part of the data.
 */
public final class SnapshotJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            // Records are sorted by their creator's parameter order unless told otherwise.
            .configure(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private SnapshotJson() {}

    /** The canonical text of the model, ending in a newline. */
    public static String write(SchemaModel model) {
        try {
            return WRITER.writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a schema model is always serializable", e);
        }
    }

    /**
     * {@code sha256:} over the canonical text, recorded in the revision's {@code .sql} header so that
     * a hand edit of the snapshot is caught (line endings and formatting do not count).
     */
    public static String checksum(SchemaModel model) {
        return checksumOfText(write(model));
    }

    /**
     * The checksum of a snapshot file's text: equal to {@link #checksum(SchemaModel)} of its model
     * when the file is canonical, as every file this class writes is.
     */
    public static String checksumOfText(String canonicalText) {
        return "sha256:" + Names.sha256Hex(canonicalText);
    }

    /**
     * Reads a snapshot.
     *
     * @throws MalformedRevisionFileException when the text is not a snapshot, with the position
     */
    public static SchemaModel read(String json) throws MalformedRevisionFileException {
        try {
            SchemaModel model = MAPPER.readValue(json, SchemaModel.class);
            if (model == null) {
                throw new MalformedRevisionFileException("the file is empty", 1);
            }
            return model;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new MalformedRevisionFileException(e.getOriginalMessage(), line);
        } catch (RuntimeException e) {
            // A record constructor refusing a missing list surfaces here rather than as a Jackson error.
            throw new MalformedRevisionFileException(String.valueOf(e.getMessage()), 0);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
