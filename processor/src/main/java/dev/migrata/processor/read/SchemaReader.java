package dev.migrata.processor.read;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;

/** Reads the {@code @Schema} classes of a round into model records. (Placeholder until the read stage lands.) */
public final class SchemaReader {

    private final ProcessingEnvironment env;

    /** A reader over this compilation. */
    public SchemaReader(ProcessingEnvironment env) {
        this.env = env;
    }

    /** The schemas and problems of this round. */
    public ReadResult read(RoundEnvironment round) {
        return new ReadResult(List.of(), List.of());
    }
}
