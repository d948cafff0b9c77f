package dev.migrata.schema.sql;

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
 * Turns one revision into its upgrade and downgrade SQL.
 *
 * <p>Upgrade: the generated statements that run in the transaction, then each {@code @Sql.up} in
 * declaration order, then the statements that must run outside the transaction (concurrent index
 * builds). The runtime runs non-transactional statements after the transaction commits, so this
 * is the order they really run in, and a data step never waits for an index build.
 *
 * <p>Downgrade: each non-empty {@code @Sql.down} in reverse declaration order (undoing the data
 * step while the upgrade's columns still exist), then the inverse diff, transactional part first.
 *
 * <p>A {@code @Revision(transactional = false)} makes every statement non-transactional.
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

        List<SqlStatement> dataUp = new ArrayList<>();
        for (Directive.Sql sql : revision.sql()) {
            if (!sql.up().isBlank()) {
                dataUp.add(new SqlStatement(verbatim(sql.up()), transactional, sql.rerunnable()));
            }
        }
        List<SqlStatement> dataDown = new ArrayList<>();
        for (int i = revision.sql().size() - 1; i >= 0; i--) {
            Directive.Sql sql = revision.sql().get(i);
            if (sql.down() != null && !sql.down().isBlank()) {
                dataDown.add(new SqlStatement(verbatim(sql.down()), transactional, sql.rerunnable()));
            }
        }

        List<SqlStatement> upgrade =
                assemble(List.of(), PostgresDialect.statements(up.changes()), dataUp, transactional);
        List<SqlStatement> downgrade =
                assemble(dataDown, PostgresDialect.statements(down.changes()), List.of(), transactional);
        return new RevisionScript(upgrade, downgrade, up.problems());
    }

    private static List<SqlStatement> assemble(
            List<SqlStatement> before,
            List<SqlStatement> generated,
            List<SqlStatement> afterTransactional,
            boolean transactional) {
        List<SqlStatement> out = new ArrayList<>(before);
        generated.stream().filter(SqlStatement::transactional).forEach(out::add);
        out.addAll(afterTransactional);
        generated.stream().filter(s -> !s.transactional()).forEach(out::add);
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
