package dev.migrata.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotation values through mirrors. Class literals are read as {@link TypeMirror}s (calling
 * {@code getAnnotation(...).head()} would throw {@code MirroredTypeException}), and a value that is
 * missing or of an unexpected kind (javac already reported the source error) reads as the given
 * fallback instead of throwing.
 */
public final class AnnotationValues {

    private final AnnotationMirror mirror;
    private final AnnotationMirror container;
    private final AnnotationValue inContainer;
    // Attribute name to value, defaults included, and as written in the source. javac's
    // Name.contentEquals decodes the name into a new String on every call, so a linear search per
    // read cost a cold compile tens of milliseconds.
    private final Map<String, AnnotationValue> withDefaults;
    private final Map<String, AnnotationValue> written;

    private AnnotationValues(
            Elements elements, AnnotationMirror mirror, AnnotationMirror container, AnnotationValue inContainer) {
        this.mirror = mirror;
        this.container = container;
        this.inContainer = inContainer;
        this.withDefaults = byName(elements.getElementValuesWithDefaults(mirror));
        this.written = byName(mirror.getElementValues());
    }

    private static Map<String, AnnotationValue> byName(
            Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
        Map<String, AnnotationValue> byName = new HashMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            byName.put(entry.getKey().getSimpleName().toString(), entry.getValue());
        }
        return byName;
    }

    /** The values of one annotation mirror, defaults included. */
    public static AnnotationValues of(Elements elements, AnnotationMirror mirror) {
        return new AnnotationValues(elements, mirror, null, null);
    }

    /** The annotation of this qualified type on the element, if present. */
    public static Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (annotationName.equals(qualifiedName(mirror))) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /**
     * Every use of a repeatable annotation on the element in declaration order: the single
     * annotation, or the annotations javac wrapped in the container.
     */
    public static List<AnnotationValues> findAll(
            Elements elements, Element element, AnnotationNames.Repeatable repeatable) {
        return findAll(elements, element, repeatable.name(), repeatable.container());
    }

    /** Every use of a repeatable annotation, given the qualified names of it and its container. */
    public static List<AnnotationValues> findAll(
            Elements elements, Element element, String annotationName, String containerName) {
        List<AnnotationValues> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String name = qualifiedName(mirror);
            if (annotationName.equals(name)) {
                found.add(of(elements, mirror));
            } else if (containerName.equals(name)) {
                for (AnnotationValue nested : of(elements, mirror).list("value")) {
                    if (nested.getValue() instanceof AnnotationMirror nestedMirror) {
                        found.add(new AnnotationValues(elements, nestedMirror, mirror, nested));
                    }
                }
            }
        }
        return found;
    }

    /** The annotation type's qualified name, {@code null} when javac could not resolve the type. */
    private static String qualifiedName(AnnotationMirror mirror) {
        Element type = mirror.getAnnotationType().asElement();
        return type instanceof TypeElement typeElement
                ? typeElement.getQualifiedName().toString()
                : null;
    }

    /** The mirror these values belong to. */
    public AnnotationMirror mirror() {
        return mirror;
    }

    /**
     * The mirror a diagnostic must name. javac maps only the annotations it finds on the element to
     * source positions, and the uses of a repeated annotation are not among them: for those it is the
     * container javac synthesized, with {@link #reportValue()} selecting the use inside it.
     */
    public AnnotationMirror reportMirror() {
        return container == null ? mirror : container;
    }

    /** The value a diagnostic about the annotation as a whole must name, {@code null} for a plain use. */
    public AnnotationValue reportValue() {
        return inContainer;
    }

    /**
     * The value as written in the source, for diagnostics that point at it; {@code null} when the
     * attribute was left at its default (javac then points at the annotation).
     */
    public AnnotationValue explicit(String attribute) {
        return written.get(attribute);
    }

    /** Whether the attribute was written in the source. */
    public boolean isExplicit(String attribute) {
        return explicit(attribute) != null;
    }

    /** A String attribute; {@code ""} when missing. */
    public String string(String attribute) {
        Object value = raw(attribute);
        return value instanceof String text ? text : "";
    }

    /** An int attribute; the fallback when missing. */
    public int integer(String attribute, int fallback) {
        Object value = raw(attribute);
        return value instanceof Integer number ? number : fallback;
    }

    /** A boolean attribute; the fallback when missing. */
    public boolean bool(String attribute, boolean fallback) {
        Object value = raw(attribute);
        return value instanceof Boolean flag ? flag : fallback;
    }

    /** The constant name of an enum attribute; the fallback when missing. */
    public String enumName(String attribute, String fallback) {
        Object value = raw(attribute);
        return value instanceof VariableElement constant
                ? constant.getSimpleName().toString()
                : fallback;
    }

    /** A class-literal attribute as a type; empty when missing. */
    public Optional<TypeMirror> type(String attribute) {
        Object value = raw(attribute);
        return value instanceof TypeMirror type ? Optional.of(type) : Optional.empty();
    }

    /** The elements of an array attribute (a single value written without braces is a one-element array). */
    public List<AnnotationValue> list(String attribute) {
        Object value = raw(attribute);
        if (value instanceof List<?> values) {
            List<AnnotationValue> out = new ArrayList<>();
            for (Object element : values) {
                if (element instanceof AnnotationValue annotationValue) {
                    out.add(annotationValue);
                }
            }
            return out;
        }
        return List.of();
    }

    /** A String[] attribute; elements that are not strings are skipped. */
    public List<String> strings(String attribute) {
        List<String> out = new ArrayList<>();
        for (AnnotationValue value : list(attribute)) {
            if (value.getValue() instanceof String text) {
                out.add(text);
            }
        }
        return out;
    }

    private Object raw(String attribute) {
        AnnotationValue value = withDefaults.get(attribute);
        return value == null ? null : value.getValue();
    }
}
