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
 * @param origin the {@code @Schema} class element, or {@code null} in tests
 */
public record ChainSource(
        ClassName schemaClass, String schemaName, List<RevisionSource> revisions, SchemaModel head, Element origin) {

    /** Copies the list. */
    public ChainSource {
        revisions = List.copyOf(revisions);
    }

    /** The generated class: {@code <SchemaClass>Migrations}. */
    public ClassName chainClass() {
        return JavaNames.generatedBeside(schemaClass, "Migrations");
    }
}
