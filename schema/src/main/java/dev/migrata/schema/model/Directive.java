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
     * {@code @Sql(up, down, rerunnable, phase)}: verbatim SQL after (or before) the generated
     * statements.
     *
     * @param rerunnable whether the user declared the step safe to run again after an interruption
     * @param before whether it runs before the generated statements ({@code SqlPhase.BEFORE}) rather
     *     than after them
     */
    record Sql(String up, String down, boolean rerunnable, boolean before, Origin origin) implements Directive {

        /** A step that runs after the generated statements. */
        public Sql(String up, String down, boolean rerunnable, Origin origin) {
            this(up, down, rerunnable, false, origin);
        }

        /** A step not declared re-runnable, after the generated statements. */
        public Sql(String up, String down, Origin origin) {
            this(up, down, false, false, origin);
        }
    }
}
