package dev.migrata.processor.read;

import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.sql.SqlComments;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one {@code @Revision} class: id, parent, message, directives and the data-migration hook. */
final class RevisionReader {

    private final Elements elements;
    private final Types types;
    private final OriginFactory origins = new OriginFactory();

    RevisionReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The revision, or empty when the class has no {@code @Revision}. */
    Optional<RevisionRead> read(TypeElement element) {
        Optional<AnnotationMirror> mirror = AnnotationValues.find(element, AnnotationNames.REVISION);
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        AnnotationValues revision = AnnotationValues.of(elements, mirror.get());
        TypeElement parent = null;
        boolean parentResolved = true;
        Optional<TypeMirror> parentType = revision.type("parent");
        if (parentType.isPresent()) {
            TypeMirror type = parentType.get();
            if (type.getKind() == TypeKind.DECLARED) {
                parent = (TypeElement) ((DeclaredType) type).asElement();
            } else if (type.getKind() != TypeKind.VOID) {
                parentResolved = false; // an unknown class: javac reports it
            }
        } else if (revision.isExplicit("parent")) {
            parentResolved = false;
        }
        return Optional.of(new RevisionRead(
                element,
                revision.string("id"),
                origins.of(element, revision, "id"),
                parent,
                parentResolved,
                origins.of(element, revision, "parent"),
                SqlComments.oneLine(revision.string("message")),
                revision.bool("transactional", true),
                implementsDataMigration(element),
                directives(element),
                sqlValues(element, revision.string("id")),
                origins.of(element, revision)));
    }

    /** The non-empty {@code using} and {@code usingDown} values of every {@code @ChangeType}. */
    private List<SqlValueRead> sqlValues(TypeElement element, String id) {
        List<SqlValueRead> values = new ArrayList<>();
        for (AnnotationValues changeType : AnnotationValues.findAll(elements, element, AnnotationNames.CHANGE_TYPE)) {
            String owner = "revision '" + id + "'";
            for (String attribute : List.of("using", "usingDown")) {
                String text = changeType.string(attribute);
                if (!text.isBlank()) {
                    SqlValueRead.Kind kind = attribute.equals("using")
                            ? SqlValueRead.Kind.CHANGE_TYPE_USING
                            : SqlValueRead.Kind.CHANGE_TYPE_USING_DOWN;
                    values.add(new SqlValueRead(kind, text, owner, origins.of(element, changeType, attribute)));
                }
            }
        }
        return values;
    }

    private List<Directive> directives(TypeElement element) {
        List<Directive> directives = new ArrayList<>();
        for (AnnotationNames.Repeatable kind : AnnotationNames.DIRECTIVES) {
            for (AnnotationValues values : AnnotationValues.findAll(elements, element, kind)) {
                ElementOrigin origin = origins.of(element, values);
                directives.add(directive(kind, values, origin));
            }
        }
        return directives;
    }

    private static Directive directive(AnnotationNames.Repeatable kind, AnnotationValues v, ElementOrigin origin) {
        if (kind == AnnotationNames.RENAME_TABLE) {
            return new Directive.RenameTable(v.string("from"), v.string("to"), origin);
        }
        if (kind == AnnotationNames.RENAME_COLUMN) {
            return new Directive.RenameColumn(v.string("table"), v.string("from"), v.string("to"), origin);
        }
        if (kind == AnnotationNames.DROP_TABLE) {
            return new Directive.DropTable(v.string("table"), origin);
        }
        if (kind == AnnotationNames.DROP_COLUMN) {
            return new Directive.DropColumn(v.string("table"), v.string("column"), origin);
        }
        if (kind == AnnotationNames.CHANGE_TYPE) {
            return new Directive.ChangeType(
                    v.string("table"), v.string("column"), v.string("using"), v.string("usingDown"), origin);
        }
        return new Directive.Sql(
                v.string("up"),
                v.string("down"),
                v.bool("rerunnable", false),
                v.enumName("phase", "AFTER").equals("BEFORE"),
                origin);
    }

    /** Whether the class or any supertype implements the runtime's {@code DataMigration}, matched by name. */
    private boolean implementsDataMigration(TypeElement element) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        pending.add(element.asType());
        while (!pending.isEmpty()) {
            TypeMirror type = pending.poll();
            for (TypeMirror supertype : types.directSupertypes(type)) {
                String name = TypeMapper.qualifiedName(supertype);
                if (name == null || !seen.add(name)) {
                    continue;
                }
                if (name.equals(AnnotationNames.DATA_MIGRATION)) {
                    return true;
                }
                pending.add(supertype);
            }
        }
        return false;
    }
}
