package dev.migrata.processor.read;

import dev.migrata.processor.diag.ElementOrigin;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Builds {@link ElementOrigin}s that point as precisely as the source allows: at the annotation
 * value when it was written, else at the annotation, else at the element.
 */
final class OriginFactory {

    /** The element as a whole. */
    ElementOrigin of(Element element) {
        return ElementOrigin.of(element);
    }

    /** The annotation on the element, or the element when the annotation is absent. */
    ElementOrigin of(Element element, AnnotationValues annotation) {
        return annotation == null
                ? ElementOrigin.of(element)
                : new ElementOrigin(element, annotation.reportMirror(), annotation.reportValue());
    }

    /** One attribute of the annotation: its value when written, else the annotation. */
    ElementOrigin of(Element element, AnnotationValues annotation, String attribute) {
        if (annotation == null) {
            return ElementOrigin.of(element);
        }
        AnnotationValue value = annotation.explicit(attribute);
        return new ElementOrigin(element, annotation.reportMirror(), value == null ? annotation.reportValue() : value);
    }

    /** One element of an array attribute. */
    ElementOrigin of(Element element, AnnotationValues annotation, AnnotationValue value) {
        return new ElementOrigin(element, annotation.reportMirror(), value);
    }
}
