package dev.migrata.schema.diff;

import dev.migrata.schema.model.TableModel;

/** A table present in both models, possibly renamed. */
record TablePair(TableModel from, TableModel to) {

    /** Whether a directive's table name means this table: its name in either model. */
    boolean named(String name) {
        return to.name().equals(name) || from.name().equals(name);
    }
}
