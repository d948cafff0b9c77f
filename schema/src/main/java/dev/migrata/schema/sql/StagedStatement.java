package dev.migrata.schema.sql;

/**
 * A statement and the stage of its revision it belongs to, before {@link Stage#inOrder} puts it in
 * its place and transaction group.
 *
 * @param stage when it runs
 * @param statement the statement and its facts; its group is set by {@link Stage#inOrder}
 */
record StagedStatement(Stage stage, SqlStatement statement) {}
