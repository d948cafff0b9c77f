package dev.migrata.schema.diff;

/** How {@link Change#describe()} writes table and column names: plain, for people to read. */
final class Describe {

    private Describe() {}

    static String table(String schema, String table) {
        return schema == null || schema.isEmpty() ? table : schema + "." + table;
    }

    static String column(String schema, String table, String column) {
        return table(schema, table) + "." + column;
    }
}
