package dev.migrata.processor.read;

import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Everything the read stage learned about one {@code @Schema} class: the model at the head, the
 * revision chain, and what the writers need to name generated classes.
 *
 * @param element the {@code @Schema} class (its source path locates the migrations folder)
 * @param name the schema's name ({@code @Schema(name)} or the snake_case of the class name)
 * @param head the model the {@code @Table} classes declare
 * @param revisions the chain from the root to {@code @Schema(head)}, root first
 * @param revisionElements the {@code @Revision} classes, in the order of {@code revisions}
 * @param tables the {@code @Table} classes, in the order of {@code @Schema(tables)}
 * @param metamodel whether {@code @Schema(metamodel)} asks for {@code <SchemaClass>Tables}
 */
public record SchemaDeclaration(
        TypeElement element,
        String name,
        SchemaModel head,
        List<RevisionModel> revisions,
        List<TypeElement> revisionElements,
        List<TableDeclaration> tables,
        boolean metamodel) {

    /** Copies the lists. */
    public SchemaDeclaration {
        revisions = List.copyOf(revisions);
        revisionElements = List.copyOf(revisionElements);
        tables = List.copyOf(tables);
    }
}
