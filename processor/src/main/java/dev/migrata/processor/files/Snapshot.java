package dev.migrata.processor.files;

import dev.migrata.schema.model.SchemaModel;
import java.util.Objects;

/**
 * A {@code <id>.schema.json} as read: the schema model and the format the file is written in, which
 * its checksum depends on (a file keeps the checksum recorded when it was written, whatever format
 * this version writes).
 *
 * @param format the {@code "format"} the file states, 0 when it states none (written before
 *     snapshot formats were numbered)
 * @param model the schema at the revision
 */
public record Snapshot(int format, SchemaModel model) {

    /** Checks the model is given. */
    public Snapshot {
        Objects.requireNonNull(model, "model");
    }

    /** The canonical text of this snapshot in its format, ending in a newline. */
    public String canonicalText() {
        return SnapshotJson.write(model, format);
    }

    /** {@code sha256:} over {@link #canonicalText()}: what the revision's {@code .sql} header records. */
    public String checksum() {
        return SnapshotJson.checksumOfText(canonicalText());
    }
}
