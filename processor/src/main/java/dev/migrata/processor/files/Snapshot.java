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
 * @param model the schema at the revision, its column types normalized
 * @param canonicalText the canonical text of the file in its format, ending in a newline: the
 *     model's, unless the file spells a column type otherwise than the model does
 */
public record Snapshot(int format, SchemaModel model, String canonicalText) {

    /** Checks the model and text are given. */
    public Snapshot {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(canonicalText, "canonicalText");
    }

    /** A snapshot whose file is the canonical text of its model. */
    public Snapshot(int format, SchemaModel model) {
        this(format, model, SnapshotJson.write(model, format));
    }

    /** {@code sha256:} over {@link #canonicalText()}: what the revision's {@code .sql} header records. */
    public String checksum() {
        return SnapshotJson.checksumOfText(canonicalText());
    }
}
