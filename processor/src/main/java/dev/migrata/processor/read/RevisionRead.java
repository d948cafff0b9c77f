package dev.migrata.processor.read;

import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.RevisionModel;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Revision} class as read.
 *
 * @param element the class
 * @param id the revision id
 * @param idOrigin where the id was written
 * @param parent the parent class, or {@code null} for a root (or a parent javac could not resolve)
 * @param parentResolved false when {@code parent} names a class javac could not resolve
 * @param parentOrigin where {@code parent} was written
 * @param message the message
 * @param transactional {@code @Revision(transactional)}
 * @param dataMigration whether the class implements {@code DataMigration}
 * @param directives the directives in declaration order, grouped by kind
 * @param sqlValues the {@code @ChangeType} values written verbatim into SQL ({@code using},
 *     {@code usingDown}), as written
 * @param origin the {@code @Revision} annotation
 */
public record RevisionRead(
        TypeElement element,
        String id,
        Origin idOrigin,
        TypeElement parent,
        boolean parentResolved,
        Origin parentOrigin,
        String message,
        boolean transactional,
        boolean dataMigration,
        List<Directive> directives,
        List<SqlValueRead> sqlValues,
        Origin origin) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** Whether the text is a valid revision id: 1 to 64 characters of A-Z, a-z, 0-9, '_', '.' and '-'. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    /** Copies the lists. */
    public RevisionRead {
        directives = List.copyOf(directives);
        sqlValues = List.copyOf(sqlValues);
    }

    /** The qualified class name. */
    public String className() {
        return element.getQualifiedName().toString();
    }

    /** The simple class name, for messages and fixes. */
    public String simpleName() {
        return element.getSimpleName().toString();
    }

    /** The parent's qualified class name, or {@code null}. */
    public String parentClassName() {
        return parent == null ? null : parent.getQualifiedName().toString();
    }

    /** Whether it names no parent: the root of a chain. */
    public boolean isRoot() {
        return parent == null && parentResolved;
    }

    /** The model, given the parent's id ({@code null} for the root). */
    public RevisionModel toModel(String parentId) {
        return new RevisionModel(
                id,
                parentId,
                message,
                transactional,
                className(),
                dataMigration,
                of(Directive.RenameTable.class),
                of(Directive.RenameColumn.class),
                of(Directive.DropTable.class),
                of(Directive.DropColumn.class),
                of(Directive.ChangeType.class),
                of(Directive.Sql.class),
                origin);
    }

    private <T extends Directive> List<T> of(Class<T> kind) {
        return directives.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
