package dev.migrata.runtime;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the SQL a migration would run, with the history-table bookkeeping, for a DBA to review
 * or apply with {@code psql} (as {@code alembic upgrade head --sql}). The steps come in the order
 * and units the runtime runs them: each transaction group one {@code BEGIN}/{@code COMMIT} block
 * (the first with the history row), each step outside any transaction on its own, with the same
 * progress marks the runtime writes, so a script stopped half-way leaves the database in a state
 * the runtime understands.
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
        // A history table of the previous version gains the columns the rows below fill.
        out.append(RevisionTable.addColumnsStatement()).append(";\n\n");
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
                .append("\n\n");
        RevisionSteps steps = RevisionSteps.upgrade(revision);
        // The row's values around its progress, joined by concatenation: the message and the recorded
        // steps are user text, and a format string would read their '%' as conversions.
        String insertUpToProgress = "INSERT INTO " + RevisionTable.NAME
                + " (position, id, parent, checksum, chain_checksum, message, execution_ms, pending_step,"
                + " pending_direction, next_step, downgrade_checksum, downgrade_steps) VALUES (" + position + ", "
                + RevisionTable.literal(revision.id()) + ", "
                + RevisionTable.literal(revision.parentId().orElse(null)) + ", "
                + RevisionTable.literal(revision.checksum()) + ", " + RevisionTable.literal(revision.chainChecksum())
                + ", " + RevisionTable.literal(revision.message()) + ", 0, ";
        RevisionSteps downgrade = RevisionSteps.downgrade(revision);
        String insertAfterProgress =
                ", " + RevisionTable.literal(RevisionTable.recordedStepsChecksum(downgrade.steps())) + ", "
                        + RevisionTable.recordedStepsLiteral(downgrade) + ")";
        run(out, steps, new Record() {
            boolean inserted;

            @Override
            public String at(int index) {
                if (inserted) {
                    return progress(steps, index);
                }
                inserted = true;
                return insertUpToProgress + steps.nonTransactionalBefore(index) + ", 'up', " + index
                        + insertAfterProgress;
            }

            @Override
            public String finished() {
                if (inserted) {
                    return "UPDATE " + RevisionTable.NAME + " SET pending_step = NULL, pending_direction = NULL,"
                            + " next_step = NULL, next_step_started = NULL WHERE id = "
                            + RevisionTable.literal(steps.revision());
                }
                inserted = true;
                return insertUpToProgress + "NULL, NULL, NULL" + insertAfterProgress;
            }
        });
    }

    private void downgrade(StringBuilder out, Migration revision) {
        out.append("-- Running downgrade ")
                .append(revision.id())
                .append(" -> ")
                .append(revision.parentId().orElse("base"))
                .append(", ")
                .append(oneLine(revision.message()))
                .append("\n\n");
        RevisionSteps steps = RevisionSteps.downgrade(revision);
        run(out, steps, new Record() {
            @Override
            public String at(int index) {
                return progress(steps, index);
            }

            @Override
            public String finished() {
                return "DELETE FROM " + RevisionTable.NAME + " WHERE id = " + RevisionTable.literal(steps.revision());
            }
        });
    }

    /** The history-table statements of a run, as the runtime writes them. */
    private interface Record {
        /** The row points at step {@code index}, the next to run. */
        String at(int index);

        /** Every step ran. */
        String finished();
    }

    /**
     * The steps in the order and units the runtime runs them: each transaction group in a {@code
     * BEGIN}/{@code COMMIT} block with the row's move past it, each group-0 step alone after the row
     * points at it, so a script stopped half-way leaves a state the runtime can resume.
     */
    private void run(StringBuilder out, RevisionSteps steps, Record record) {
        List<RevisionSteps.Unit> units = steps.units(steps.all());
        if (units.isEmpty()) {
            out.append("BEGIN;\n\n");
            statement(out, record.finished());
            out.append("COMMIT;\n\n");
            return;
        }
        for (int u = 0; u < units.size(); u++) {
            RevisionSteps.Unit unit = units.get(u);
            Integer next = u + 1 < units.size() ? units.get(u + 1).first() : null;
            if (unit.transactional()) {
                out.append("BEGIN;\n\n");
                for (int index : unit.indexes()) {
                    step(out, steps, index);
                }
                statement(out, next == null ? record.finished() : record.at(next));
                out.append("COMMIT;\n\n");
            } else {
                if (u == 0) {
                    statement(out, record.at(unit.first()));
                }
                out.append("-- ").append(steps.describe(unit.first())).append("\n\n");
                step(out, steps, unit.first());
                statement(out, next == null ? record.finished() : record.at(next));
            }
        }
    }

    private void step(StringBuilder out, RevisionSteps steps, int index) {
        MigrationStep step = steps.get(index);
        if (!step.isJava()) {
            statement(out, step.sql());
            return;
        }
        String direction = steps.direction() + "grade";
        if (!allowDataMigrations) {
            throw new MigrationException(
                    MigrationException.Reason.DATA_MIGRATION_IN_SCRIPT,
                    "Revision " + steps.revision() + " runs Java code (" + step.dataMigration() + "." + direction
                            + ") that an offline script cannot"
                            + " contain. Apply it with the Migrator instead, or build the Migrator with"
                            + " allowDataMigrationsInSql(true) to write the script with a comment in its place and run that code by hand.");
        }
        out.append("-- Java data migration ")
                .append(step.dataMigration())
                .append('.')
                .append(direction)
                .append("(Connection) of ")
                .append(steps.revision())
                .append(" is not part of this script: run it by hand here.\n\n");
    }

    private static String progress(RevisionSteps steps, int index) {
        return "UPDATE " + RevisionTable.NAME + " SET pending_step = " + steps.nonTransactionalBefore(index)
                + ", pending_direction = '" + steps.direction() + "', next_step = " + index
                + ", next_step_started = NULL WHERE id = " + RevisionTable.literal(steps.revision());
    }

    private static void statement(StringBuilder out, String sql) {
        String trimmed = sql.strip();
        int lastLine = trimmed.lastIndexOf('\n');
        // A trailing line comment would swallow the terminator.
        boolean endsInComment = trimmed.substring(lastLine + 1).contains("--");
        out.append(trimmed).append(endsInComment ? "\n;" : ";").append("\n\n");
    }

    /**
     * The text as the rest of one {@code --} comment line: every run of line terminators (CR, LF, VT,
     * FF, NEL, U+2028, U+2029) and other control characters becomes one space, so nothing after a
     * break in a message can run as SQL when the script is applied. The processor reads messages
     * through the same rule; this keeps a chain built any other way just as safe.
     */
    /** {@code text} on one line: every run of line breaks and other control characters becomes a space. */
    static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
