package dev.migrata.processor.stagesfixture.read;

import dev.migrata.processor.stagesfixture.validate.FixtureValidator;

/** A read stage that calls back into validation: the shape {@code StageDependenciesTest} must refuse. */
public final class FixtureReader {

    private FixtureReader() {}

    /** Reads, and validates while reading. */
    public static String read() {
        return FixtureValidator.validate("table");
    }
}
