package dev.migrata.schema.model;

import java.util.List;

/**
 * One {@code @Revision} class as declared: its place in the chain and the explicit answers it gives
 * to changes that are otherwise ambiguous or destroy data.
 *
 * @param id the revision id ({@code [A-Za-z0-9_.-]{1,64}})
 * @param parentId the parent's id, or {@code null} for the root
 * @param message the message, possibly empty
 * @param transactional whether the revision's transactional steps run in one transaction
 * @param className the fully qualified name of the {@code @Revision} class
 * @param dataMigration whether the class implements {@code DataMigration}
 * @param renameTables {@code @RenameTable} directives in declaration order
 * @param renameColumns {@code @RenameColumn} directives
 * @param dropTables {@code @DropTable} directives
 * @param dropColumns {@code @DropColumn} directives
 * @param changeTypes {@code @ChangeType} directives
 * @param sql {@code @Sql} steps in declaration order
 * @param origin the class, for problems about the revision as a whole
 */
public record RevisionModel(
        String id,
        String parentId,
        String message,
        boolean transactional,
        String className,
        boolean dataMigration,
        List<Directive.RenameTable> renameTables,
        List<Directive.RenameColumn> renameColumns,
        List<Directive.DropTable> dropTables,
        List<Directive.DropColumn> dropColumns,
        List<Directive.ChangeType> changeTypes,
        List<Directive.Sql> sql,
        Origin origin) {

    /**
     * A transactional revision that declares no directives and no {@code @Sql} steps: the whole
     * change comes from the difference between its parent's model and its own.
     */
    public static RevisionModel withoutDirectives(
            String id, String parentId, String message, String className, boolean dataMigration, Origin origin) {
        return new RevisionModel(
                id,
                parentId,
                message,
                true,
                className,
                dataMigration,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                origin);
    }

    /** Copies the lists. */
    public RevisionModel {
        message = message == null ? "" : message;
        renameTables = List.copyOf(renameTables);
        renameColumns = List.copyOf(renameColumns);
        dropTables = List.copyOf(dropTables);
        dropColumns = List.copyOf(dropColumns);
        changeTypes = List.copyOf(changeTypes);
        sql = List.copyOf(sql);
    }
}
