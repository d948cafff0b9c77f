package dev.migrata.schema.model;

/**
 * An explicit instruction on a {@code @Revision}: the answers to changes Migrata never guesses.
 * Table and column names are as the database knows them in that revision.
 */
public sealed interface Directive {

    /** The annotation it came from, for problems about it. */
    Origin origin();

    /** {@code @RenameTable(from, to)}. */
    record RenameTable(String from, String to, Origin origin) implements Directive {}

    /** {@code @RenameColumn(table, from, to)}; {@code table} is the table's name in this revision. */
    record RenameColumn(String table, String from, String to, Origin origin) implements Directive {}

    /** {@code @DropTable(table)}. */
    record DropTable(String table, Origin origin) implements Directive {}

    /** {@code @DropColumn(table, column)}. */
    record DropColumn(String table, String column, Origin origin) implements Directive {}

    /**
     * {@code @ChangeType(table, column, using, usingDown)}.
     *
     * @param using the {@code USING} expression for upgrade, or {@code ""} for an implicit cast
     * @param usingDown the {@code USING} expression for downgrade, or {@code ""}
     */
    record ChangeType(String table, String column, String using, String usingDown, Origin origin)
            implements Directive {}

    /**
     * {@code @Sql(up, down, rerunnable)}: verbatim SQL after the generated statements.
     *
     * @param rerunnable whether the user declared the step safe to run again after an interruption
     */
    record Sql(String up, String down, boolean rerunnable, Origin origin) implements Directive {

        /** A step not declared re-runnable. */
        public Sql(String up, String down, Origin origin) {
            this(up, down, false, origin);
        }
    }
}
