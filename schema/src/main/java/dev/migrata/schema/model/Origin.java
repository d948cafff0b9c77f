package dev.migrata.schema.model;

/**
 * Where a piece of the model came from, opaque to every stage but the one that reports problems
 * (the processor maps it back to the element, annotation and value javac underlines). Never part
 * of a snapshot, never compared.
 */
public interface Origin {

    /** For models read from files or built in tests: problems are reported without a position. */
    Origin NONE = new Origin() {
        @Override
        public String toString() {
            return "Origin.NONE";
        }
    };
}
