package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.migrata.schema.model.SchemaModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * One {@code @Schema} as the chain writer needs it.
 *
 * @param schemaClass the {@code @Schema} class
 * @param schemaName the chain's name
 * @param revisions the revisions, root first
 * @param headSchemaText the schema at the head in the runtime's text form, as its class path
 *     resource holds it
 * @param origins the {@code @Schema} and {@code @Table} class elements the chain is generated from
 *     (the revisions' own come with them); empty in tests
 */
public record ChainSource(
        ClassName schemaClass,
        String schemaName,
        List<RevisionSource> revisions,
        String headSchemaText,
        List<Element> origins) {

    /** Copies the lists. */
    public ChainSource {
        revisions = List.copyOf(revisions);
        origins = List.copyOf(origins);
    }

    /** A chain whose head schema text is rendered from the model at the head, {@code head}. */
    public ChainSource(
            ClassName schemaClass,
            String schemaName,
            List<RevisionSource> revisions,
            SchemaModel head,
            List<Element> origins) {
        this(schemaClass, schemaName, revisions, HeadSchemaText.of(head), origins);
    }

    /** {@link #headSchemaText()} as the bytes of its resource. */
    public byte[] headSchemaBytes() {
        return headSchemaText.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Every element the chain's Java files are generated from: the {@code @Schema} and {@code @Table}
     * classes and the revisions' classes, so that incremental builds regenerate them when one changes.
     */
    public List<Element> originatingElements() {
        List<Element> all = new ArrayList<>(origins);
        revisions.stream().map(RevisionSource::origin).filter(Objects::nonNull).forEach(all::add);
        return all;
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
