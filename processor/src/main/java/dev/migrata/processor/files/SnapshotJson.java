package dev.migrata.processor.files;

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
 *   <li>absent values ({@code null}) left out rather than written as {@code null};
 *   <li>{@code "format": 1} first (format 1, {@link #CURRENT_FORMAT}); a file written before formats
 *       were numbered has no {@code "format"} and reads as format 0, the same layout without it.
 *   <li>{@code "extensions"}, the sorted {@code @Schema(extensions)}, only when the schema lists
 *       some: a snapshot of a schema that lists none is the text written before schemas could, with
 *       its checksum.
 *   <li>{@code "enumTypes"}, the {@code @PgEnum} types sorted by name, each {@code {"labels": [...],
 *       "name": ...}} with its labels in declaration order, only when a column uses one: without
 *       them the text, and its checksum, is what was written before enum types existed.
 *   <li>{@code "functions"} (sorted by name), {@code "triggers"} (sorted by name) and {@code
 *       "views"} (in creation order), the declared objects, each only when the schema declares one.
 * </ul>
 *
 * <p>Only the record components are written, each named in {@link SnapshotWriter} and read back by
 * {@link SnapshotReader}; derived accessors such as {@code IndexModel.isVectorIndex()} are not part
 * of the data.
 */
public final class SnapshotJson {

    /** The format {@link #write(SchemaModel)} writes and the newest {@link #readSnapshot(String)} reads. */
    public static final int CURRENT_FORMAT = 1;

    private SnapshotJson() {}

    /** The canonical text of the model in the current format, ending in a newline. */
    public static String write(SchemaModel model) {
        return write(model, CURRENT_FORMAT);
    }

    /**
     * The canonical text of the model in {@code format}, ending in a newline: how a file of that
     * format that holds this model is written, so its checksum can be computed again.
     */
    public static String write(SchemaModel model, int format) {
        return SnapshotWriter.write(model, format) + "\n";
    }

    /**
     * {@code sha256:} over the canonical text in the current format, recorded in the revision's {@code
     * .sql} header so that a hand edit of the snapshot is caught (line endings and formatting do not
     * count).
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
     * Reads a snapshot's model.
     *
     * @throws MalformedRevisionFileException when the text is not a snapshot, with the position
     */
    public static SchemaModel read(String json) throws MalformedRevisionFileException {
        return SnapshotReader.readModel(json);
    }

    /**
     * Reads a snapshot with the format it states.
     *
     * @throws MalformedRevisionFileException when the text is not a snapshot, with the position, or is
     *     in a format newer than {@link #CURRENT_FORMAT}
     */
    public static Snapshot readSnapshot(String json) throws MalformedRevisionFileException {
        return SnapshotReader.read(json);
    }
}
