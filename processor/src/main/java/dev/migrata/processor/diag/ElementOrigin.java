package dev.migrata.processor.diag;

import dev.migrata.schema.model.Origin;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where in the sources a piece of the model was declared: the element, and when one annotation or
 * one of its values is at fault, that mirror and value, so the IDE underlines the exact attribute.
 *
 * @param element the declaring element (class, record component, field)
 * @param annotation the annotation at fault, or {@code null}
 * @param value the annotation value at fault, or {@code null}
 */
public record ElementOrigin(Element element, AnnotationMirror annotation, AnnotationValue value) implements Origin {

    /** The element as a whole. */
    public static ElementOrigin of(Element element) {
        return new ElementOrigin(element, null, null);
    }

    /** One annotation on the element. */
    public static ElementOrigin of(Element element, AnnotationMirror annotation) {
        return new ElementOrigin(element, annotation, null);
    }
}
