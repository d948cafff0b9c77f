package dev.migrata.schema.diff;

import dev.migrata.schema.model.SchemaModel;
import java.util.List;

/**
 * Computes the ordered changes from one schema model to another. Renames and drops are never
 * guessed: in the {@link Direction#UPGRADE upgrade} direction a table or column that disappears is
 * an error unless an explicit directive says what happened to it, and the message prints the
 * annotation to paste.
 *
 * <p>Changes come in this order: the {@code vector} extension; foreign keys, then other
 * constraints that go; table renames; column renames; constraint and index renames; new tables
 * (referenced tables first, their foreign keys inline; a cycle's foreign keys are added once all
 * exist); new columns; type changes; nullability; defaults; new primary keys, uniques, checks and
 * foreign keys; comments; dropped columns; dropped tables (referencing tables first); indexes of
 * new tables; and last, outside the transaction, index drops and builds on existing tables. (In
 * the downgrade direction type changes run before the renames, so that {@code @ChangeType}'s
 * {@code usingDown} names the column as its {@code using} does.)
 */
public final class SchemaDiffer {

    private SchemaDiffer() {}

    /**
     * The changes from {@code from} to {@code to}.
     *
     * @param from the model the database is at
     * @param to the model it should reach
     * @param explicit the revision's directives for this direction (see {@link ExplicitChanges#inverted()})
     * @param direction whether disappearing tables and columns need directives and data checks apply
     */
    public static DiffResult diff(SchemaModel from, SchemaModel to, ExplicitChanges explicit, Direction direction) {
        return DiffRun.run(from, to, explicit, direction);
    }

    /**
     * What changed between a frozen snapshot and the current model, one {@link Change#describe()}
     * line per change, for the "model differs from the frozen head" error. Nothing is guessed and
     * no directive applies: a renamed column shows as a drop and an add.
     */
    public static List<String> differences(SchemaModel frozen, SchemaModel current) {
        return diff(frozen, current, ExplicitChanges.NONE, Direction.DOWNGRADE).changes().stream()
                .map(Change::describe)
                .toList();
    }
}
