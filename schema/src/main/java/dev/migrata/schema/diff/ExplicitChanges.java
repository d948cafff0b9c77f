package dev.migrata.schema.diff;

import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.RevisionModel;
import java.util.List;

/**
 * The explicit answers a revision gives to changes the differ never guesses: renames, drops and
 * type conversions.
 *
 * @param revisionId the revision's id, for messages
 * @param origin where problems about the revision as a whole are reported
 * @param renameTables {@code @RenameTable} directives
 * @param renameColumns {@code @RenameColumn} directives; their table may be named as in either model
 * @param dropTables {@code @DropTable} directives
 * @param dropColumns {@code @DropColumn} directives
 * @param changeTypes {@code @ChangeType} directives; {@code using} is the expression for this direction.
 *     Both expressions name the column as the revision does: the upgrade changes the type after
 *     renames, the downgrade changes it back before undoing them.
 */
public record ExplicitChanges(
        String revisionId,
        Origin origin,
        List<Directive.RenameTable> renameTables,
        List<Directive.RenameColumn> renameColumns,
        List<Directive.DropTable> dropTables,
        List<Directive.DropColumn> dropColumns,
        List<Directive.ChangeType> changeTypes) {

    /** No directives at all: a plain comparison of two models. */
    public static final ExplicitChanges NONE =
            new ExplicitChanges("", Origin.NONE, List.of(), List.of(), List.of(), List.of(), List.of());

    /** Copies the lists. */
    public ExplicitChanges {
        revisionId = revisionId == null ? "" : revisionId;
        origin = origin == null ? Origin.NONE : origin;
        renameTables = List.copyOf(renameTables);
        renameColumns = List.copyOf(renameColumns);
        dropTables = List.copyOf(dropTables);
        dropColumns = List.copyOf(dropColumns);
        changeTypes = List.copyOf(changeTypes);
    }

    /** The directives of one revision, for its upgrade. */
    public static ExplicitChanges of(RevisionModel revision) {
        return new ExplicitChanges(
                revision.id(),
                revision.origin(),
                revision.renameTables(),
                revision.renameColumns(),
                revision.dropTables(),
                revision.dropColumns(),
                revision.changeTypes());
    }

    /**
     * The directives for the downgrade: renames run backwards, {@code usingDown} becomes the
     * {@code USING}, and drops need no directive (the downgrade re-creates what was dropped).
     */
    public ExplicitChanges inverted() {
        return new ExplicitChanges(
                revisionId,
                origin,
                renameTables.stream()
                        .map(r -> new Directive.RenameTable(r.to(), r.from(), r.origin()))
                        .toList(),
                renameColumns.stream()
                        .map(r -> new Directive.RenameColumn(r.table(), r.to(), r.from(), r.origin()))
                        .toList(),
                List.of(),
                List.of(),
                changeTypes.stream()
                        .map(c -> new Directive.ChangeType(c.table(), c.column(), c.usingDown(), c.using(), c.origin()))
                        .toList());
    }
}
