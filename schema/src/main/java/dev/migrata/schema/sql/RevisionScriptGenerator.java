package dev.migrata.schema.sql;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diff.DiffResult;
import dev.migrata.schema.diff.Direction;
import dev.migrata.schema.diff.ExplicitChanges;
import dev.migrata.schema.diff.SchemaDiffer;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one revision into its upgrade and downgrade SQL, in the order the statements run, each in
 * its transaction group (see {@link Stage}).
 *
 * <p>Upgrade: group 1 holds the {@code CREATE EXTENSION}s the revision needs, each {@code @Sql(phase =
 * BEFORE).up} in declaration order, the generated
 * DDL, then each other {@code @Sql.up} in declaration order (a Java {@code DataMigration} runs right
 * after them). Then the work that reads every row of an
 * existing table, each part after what it depends on: each new NOT NULL's check validated in a
 * group of its own, then one group that sets NOT NULL; each added CHECK validated in a group of its
 * own; index drops and builds outside any transaction; one group that makes the new keys from their
 * indexes, one that adds the foreign keys which need those keys; each new foreign key validated in a
 * group of its own.
 *
 * <p>Downgrade: the concurrent index drops first (undoing the builds the upgrade ran last), then
 * group 1 with each non-empty {@code AFTER} step's {@code @Sql.down} in reverse declaration order
 * (undoing the data step while the upgrade's columns still exist), the inverse DDL and each {@code
 * BEFORE} step's {@code down} in reverse declaration order (the mirror of the upgrade), then the
 * later groups its own changes need, as in the upgrade.
 *
 * <p>Groups are numbered 1, 2, 3 … in the order they appear. A {@code @Revision(transactional =
 * false)} runs every statement outside a transaction, in the same order.
 *
 * <p>Every statement states what it locks; every warning about a change is also written above the
 * statement it concerns.
 */
public final class RevisionScriptGenerator {

    private RevisionScriptGenerator() {}

    /**
     * @param parent the snapshot at the parent revision ({@link SchemaModel#EMPTY} for the root)
     * @param target the model at this revision
     * @param revision the revision, for its directives, {@code @Sql} steps and transactional flag
     */
    public static RevisionScript generate(SchemaModel parent, SchemaModel target, RevisionModel revision) {
        ExplicitChanges explicit = ExplicitChanges.of(revision);
        DiffResult up = SchemaDiffer.diff(parent, target, explicit, Direction.UPGRADE);
        DiffResult down = SchemaDiffer.diff(target, parent, explicit.inverted(), Direction.DOWNGRADE);
        boolean transactional = revision.transactional();

        List<StagedStatement> upgrade = new ArrayList<>(statements(up));
        for (Directive.Sql sql : revision.sql()) {
            if (!sql.up().isBlank()) {
                upgrade.add(handWritten(sql.up(), sql, transactional));
            }
        }
        List<StagedStatement> downgrade = new ArrayList<>(statements(down));
        for (int i = revision.sql().size() - 1; i >= 0; i--) {
            Directive.Sql sql = revision.sql().get(i);
            if (sql.down() != null && !sql.down().isBlank()) {
                downgrade.add(handWritten(sql.down(), sql, transactional));
            }
        }

        List<Problem> problems = new ArrayList<>(up.problems());
        // The downgrade's own warnings (a column it cannot restore as it was) are known now too.
        down.problems().stream().filter(p -> !p.isError()).forEach(problems::add);
        return new RevisionScript(
                ordered(upgrade, Stage.UPGRADE, transactional),
                ordered(downgrade, Stage.DOWNGRADE, transactional),
                problems);
    }

    private static List<StagedStatement> statements(DiffResult diff) {
        return PostgresDialect.statements(
                diff.changes(),
                change -> diff.problemsAbout(change).stream()
                        .map(p -> SqlComments.oneLine(p.text()))
                        .toList());
    }

    private static StagedStatement handWritten(String text, Directive.Sql sql, boolean transactional) {
        return new StagedStatement(
                sql.before() ? Stage.HAND_WRITTEN_BEFORE : Stage.HAND_WRITTEN,
                new SqlStatement(verbatim(text), transactional, sql.rerunnable()).withLock(StepLocks.HAND_WRITTEN));
    }

    private static List<SqlStatement> ordered(
            List<StagedStatement> statements, List<Stage> stages, boolean transactional) {
        List<SqlStatement> out = new ArrayList<>(Stage.inOrder(statements, stages));
        if (!transactional) {
            out.replaceAll(SqlStatement::nonTransactional);
        }
        return out;
    }

    /** Verbatim SQL without surrounding blanks or a trailing semicolon. */
    static String verbatim(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }
}
