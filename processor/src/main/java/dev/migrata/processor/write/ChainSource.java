package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.migrata.schema.model.SchemaModel;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * One {@code @Schema} as the chain writer needs it.
 *
 * @param schemaClass the {@code @Schema} class
 * @param schemaName the chain's name
 * @param revisions the revisions, root first
 * @param head the schema model at the head
 * @param origins the {@code @Schema} and {@code @Table} class elements the chain is generated from
 *     (the revisions' own come with them); empty in tests
 */
public record ChainSource(
        ClassName schemaClass,
        String schemaName,
        List<RevisionSource> revisions,
        SchemaModel head,
        List<Element> origins) {

    /** Copies the lists. */
    public ChainSource {
        revisions = List.copyOf(revisions);
        origins = List.copyOf(origins);
    }

    /** The generated class: {@code <SchemaClass>Migrations}. */
    public ClassName chainClass() {
        return chainClassOf(schemaClass);
    }

    /** The chain class generated for a {@code @Schema} class: {@code <SchemaClass>Migrations}. */
    public static ClassName chainClassOf(ClassName schemaClass) {
        return JavaNames.generatedBeside(schemaClass, "Migrations");
    }
}
