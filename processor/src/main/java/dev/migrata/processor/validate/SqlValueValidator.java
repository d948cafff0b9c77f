package dev.migrata.processor.validate;

import dev.migrata.processor.read.SqlValueRead;
import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
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
                    case COLUMN_TYPE ->
                        Problem.of(Message.COLUMN_TYPE_NOT_ONE_TYPE, value.origin(), text, value.owner(), reason);
                    case COLUMN_DEFAULT ->
                        Problem.of(Message.DEFAULT_NOT_ONE_EXPRESSION, value.origin(), text, value.owner(), reason);
                    case COLUMN_CHECK ->
                        Problem.of(Message.CHECK_NOT_ONE_EXPRESSION, value.origin(), text, value.owner(), reason);
                    case TABLE_CHECK ->
                        Problem.of(Message.TABLE_CHECK_NOT_ONE_EXPRESSION, value.origin(), text, value.owner(), reason);
                    case INDEX_WHERE ->
                        Problem.of(Message.INDEX_WHERE_NOT_ONE_PREDICATE, value.origin(), text, value.owner(), reason);
                    case INDEX_EXPRESSION ->
                        Problem.of(
                                Message.INDEX_EXPRESSION_NOT_ONE_KEY_LIST, value.origin(), text, value.owner(), reason);
                    case VECTOR_INDEX_WHERE ->
                        Problem.of(
                                Message.VECTOR_INDEX_WHERE_NOT_ONE_PREDICATE,
                                value.origin(),
                                text,
                                value.owner(),
                                reason);
                    case COLUMN_GENERATED ->
                        Problem.of(Message.GENERATED_NOT_ONE_EXPRESSION, value.origin(), text, value.owner(), reason);
                    case CHANGE_TYPE_USING, CHANGE_TYPE_USING_DOWN -> {
                        String attribute = value.kind() == SqlValueRead.Kind.CHANGE_TYPE_USING ? "using" : "usingDown";
                        yield Problem.of(
                                Message.USING_NOT_ONE_EXPRESSION,
                                value.origin(),
                                attribute,
                                text,
                                value.owner(),
                                reason,
                                attribute);
                    }
                });
    }
}
