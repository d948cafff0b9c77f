package dev.migrata.processor.validate;

import dev.migrata.processor.read.SqlValueRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.sql.SqlFragments;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every annotation value that is written verbatim into a generated statement: it must be one
 * SQL fragment ({@link SqlFragments}), so that it can neither end the statement and start another
 * nor hide part of it in a comment. The statement in the reviewed {@code .sql} file then is the
 * statement that runs.
 */
public final class SqlValueValidator {

    private SqlValueValidator() {}

    /** A problem for each value that is not one fragment. */
    public static List<Problem> validate(List<SqlValueRead> values) {
        List<Problem> problems = new ArrayList<>();
        for (SqlValueRead value : values) {
            check(value).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<Problem> check(SqlValueRead value) {
        String reason;
        if (value.kind() == SqlValueRead.Kind.TABLE_CHECK && value.text().isBlank()) {
            // A column's empty check means none; a @Check exists only for its expression.
            reason = "is empty";
        } else {
            Optional<SqlFragments.Flaw> flaw = value.kind() == SqlValueRead.Kind.INDEX_EXPRESSION
                    ? SqlFragments.listFlaw(value.text())
                    : SqlFragments.flaw(value.text());
            if (flaw.isEmpty()) {
                return Optional.empty();
            }
            reason = flaw.get().reason();
        }
        String text = Printable.of(value.text());
        return Optional.of(
                switch (value.kind()) {
                    case COLUMN_TYPE -> Problems.columnTypeNotOneType(value.origin(), text, value.owner(), reason);
                    case COLUMN_DEFAULT ->
                        Problems.defaultNotOneExpression(value.origin(), text, value.owner(), reason);
                    case COLUMN_CHECK -> Problems.checkNotOneExpression(value.origin(), text, value.owner(), reason);
                    case TABLE_CHECK ->
                        Problems.tableCheckNotOneExpression(value.origin(), text, value.owner(), reason);
                    case INDEX_WHERE -> Problems.indexWhereNotOnePredicate(value.origin(), text, value.owner(), reason);
                    case INDEX_EXPRESSION ->
                        Problems.indexExpressionNotOneKeyList(value.origin(), text, value.owner(), reason);
                    case VECTOR_INDEX_WHERE ->
                        Problems.vectorIndexWhereNotOnePredicate(value.origin(), text, value.owner(), reason);
                    case COLUMN_GENERATED ->
                        Problems.generatedNotOneExpression(value.origin(), text, value.owner(), reason);
                    case CHANGE_TYPE_USING, CHANGE_TYPE_USING_DOWN -> {
                        String attribute = value.kind() == SqlValueRead.Kind.CHANGE_TYPE_USING ? "using" : "usingDown";
                        yield Problems.usingNotOneExpression(value.origin(), attribute, text, value.owner(), reason);
                    }
                });
    }
}
