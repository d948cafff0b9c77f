package dev.migrata.processor.stagesfixture.validate;

import dev.migrata.processor.stagesfixture.read.FixtureReader;

/** A validator that depends on the reader that calls it: together with it, a package cycle. */
public final class FixtureValidator {

    private FixtureValidator() {}

    /** Validates what was read. */
    public static String validate(String table) {
        return table.isEmpty() ? FixtureReader.read() : table;
    }
}
