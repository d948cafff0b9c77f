package dev.migrata.runtime;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the SQL a migration would run, with the history-table bookkeeping, for a DBA to review
 * or apply with {@code psql} (as {@code alembic upgrade head --sql}). Each revision is one
 * {@code BEGIN}/{@code COMMIT} block with its history row; non-transactional steps follow the
 * block, each preceded by the same dirty marker the runtime writes, so a script stopped half-way
 * leaves the database in a state the runtime understands.
 */
final class OfflineScript {

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");

    private final String chainName;
    private final List<Migration> chain;
    private final boolean allowDataMigrations;

    OfflineScript(String chainName, List<Migration> chain, boolean allowDataMigrations) {
        this.chainName = chainName;
        this.chain = chain;
        this.allowDataMigrations = allowDataMigrations;
    }

    String write(int fromLevel, int toLevel, String fromLabel, String toLabel) {
        StringBuilder out = new StringBuilder();
        out.append("-- Migrata offline script for chain ")
                .append(chainName)
                .append(": ")
                .append(fromLabel)
                .append(" -> ")
                .append(toLabel)
                .append('\n')
                .append("-- Apply with: psql -X -v ON_ERROR_STOP=1 -f <this file>\n\n");
        out.append(RevisionTable.CREATE).append(";\n\n");
        if (toLevel >= fromLevel) {
            for (int level = fromLevel + 1; level <= toLevel; level++) {
                upgrade(out, level, chain.get(level - 1));
            }
        } else {
            for (int level = fromLevel; level > toLevel; level--) {
                downgrade(out, chain.get(level - 1));
            }
        }
        return out.toString();
    }

    private void upgrade(StringBuilder out, int position, Migration revision) {
        out.append("-- Running upgrade ")
                .append(revision.parentId().orElse("base"))
                .append(" -> ")
                .append(revision.id())
                .append(", ")
                .append(oneLine(revision.message()))
                .append("\n\nBEGIN;\n\n");
        List<MigrationStep> steps = revision.upgradeSteps();
        int nonTransactional = 0;
        for (MigrationStep step : steps) {
            if (step.transactional()) {
                statement(out, step.sql());
            } else {
                nonTransactional++;
            }
        }
        dataMigration(out, revision, "upgrade");
        statement(
                out,
                "INSERT INTO " + RevisionTable.NAME
                        + " (position, id, parent, checksum, chain_checksum, message, execution_ms,"
                        + " pending_step, pending_direction) VALUES (" + position + ", " + literal(revision.id()) + ", "
                        + revision.parentId().map(OfflineScript::literal).orElse("NULL") + ", "
                        + literal(revision.checksum()) + ", "
                        + literal(revision.chainChecksum()) + ", " + literal(revision.message()) + ", 0, "
                        + (nonTransactional == 0 ? "NULL, NULL" : "0, 'up'") + ")");
        out.append("COMMIT;\n\n");
        if (nonTransactional > 0) {
            out.append("-- Non-transactional steps of ")
                    .append(revision.id())
                    .append(": they run outside a transaction block\n\n");
            int k = 0;
            for (MigrationStep step : steps) {
                if (!step.transactional()) {
                    if (k > 0) {
                        statement(out, pending(revision, k, "up"));
                    }
                    statement(out, step.sql());
                    k++;
                }
            }
            statement(
                    out,
                    "UPDATE " + RevisionTable.NAME + " SET pending_step = NULL, pending_direction = NULL WHERE id = "
                            + literal(revision.id()));
        }
    }

    private void downgrade(StringBuilder out, Migration revision) {
        out.append("-- Running downgrade ")
                .append(revision.id())
                .append(" -> ")
                .append(revision.parentId().orElse("base"))
                .append(", ")
                .append(oneLine(revision.message()))
                .append("\n\n");
        List<MigrationStep> steps = revision.downgradeSteps();
        int k = 0;
        for (MigrationStep step : steps) {
            if (!step.transactional()) {
                statement(out, pending(revision, k, "down"));
                statement(out, step.sql());
                k++;
            }
        }
        out.append("BEGIN;\n\n");
        dataMigration(out, revision, "downgrade");
        for (MigrationStep step : steps) {
            if (step.transactional()) {
                statement(out, step.sql());
            }
        }
        statement(out, "DELETE FROM " + RevisionTable.NAME + " WHERE id = " + literal(revision.id()));
        out.append("COMMIT;\n\n");
    }

    private void dataMigration(StringBuilder out, Migration revision, String direction) {
        if (revision.dataMigration().isEmpty()) {
            return;
        }
        String type = revision.dataMigration().get().getClass().getName();
        if (!allowDataMigrations) {
            throw new MigrationException(
                    MigrationException.Reason.DATA_MIGRATION_IN_SCRIPT,
                    "Revision " + revision.id() + " runs Java code (" + type + "." + direction
                            + ") that an offline script cannot"
                            + " contain. Apply it with the Migrator instead, or build the Migrator with"
                            + " allowDataMigrationsInSql(true) to write the script with a comment in its place and run that code by hand.");
        }
        out.append("-- Java data migration ")
                .append(type)
                .append('.')
                .append(direction)
                .append("(Connection) of ")
                .append(revision.id())
                .append(" is not part of this script: run it by hand here.\n\n");
    }

    private static String pending(Migration revision, int step, String direction) {
        return "UPDATE " + RevisionTable.NAME + " SET pending_step = " + step + ", pending_direction = '" + direction
                + "' WHERE id = " + literal(revision.id());
    }

    private static void statement(StringBuilder out, String sql) {
        String trimmed = sql.strip();
        int lastLine = trimmed.lastIndexOf('\n');
        // A trailing line comment would swallow the terminator.
        boolean endsInComment = trimmed.substring(lastLine + 1).contains("--");
        out.append(trimmed).append(endsInComment ? "\n;" : ";").append("\n\n");
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * The text as the rest of one {@code --} comment line: every run of line terminators (CR, LF, VT,
     * FF, NEL, U+2028, U+2029) and other control characters becomes one space, so nothing after a
     * break in a message can run as SQL when the script is applied. The processor reads messages
     * through the same rule; this keeps a chain built any other way just as safe.
     */
    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
