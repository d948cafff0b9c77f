package dev.migrata.processor.read;

import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A Java {@code enum} annotated {@code @PgEnum}, as read: the native type's name and its labels in
 * declaration order, each with where it was written, before they are checked.
 *
 * @param element the enum class
 * @param name the type name ({@code @PgEnum(name)} or the snake_case of the simple name)
 * @param nameOrigin where the name was written (the {@code name} value, else the annotation)
 * @param labels the labels in declaration order
 */
public record PgEnumRead(TypeElement element, String name, Origin nameOrigin, List<Label> labels) {

    /**
     * One constant's label.
     *
     * @param constant the constant's name
     * @param label the label ({@code @EnumLabel} or the constant's name)
     * @param origin where it was written (the {@code @EnumLabel}, else the constant)
     */
    public record Label(String constant, String label, Origin origin) {}

    /** Copies the labels. */
    public PgEnumRead {
        labels = List.copyOf(labels);
    }

    /** The model of the type. */
    public EnumTypeModel toModel() {
        return new EnumTypeModel(name, labels.stream().map(Label::label).toList());
    }

    /** The enum's simple name, for messages. */
    public String simpleName() {
        return element.getSimpleName().toString();
    }

    /** The {@code @PgEnum} of an enum class, or empty for a plain enum (a {@code text} column with a CHECK). */
    static Optional<PgEnumRead> read(Elements elements, OriginFactory origins, TypeElement enumClass) {
        Optional<AnnotationMirror> mirror = AnnotationValues.find(enumClass, AnnotationNames.PG_ENUM);
        if (mirror.isEmpty()) {
            return Optional.empty();
        }
        AnnotationValues pgEnum = AnnotationValues.of(elements, mirror.get());
        String explicitName = pgEnum.string("name");
        String name = explicitName.isEmpty()
                ? Names.snakeCase(enumClass.getSimpleName().toString())
                : explicitName;
        Origin nameOrigin =
                explicitName.isEmpty() ? origins.of(enumClass, pgEnum) : origins.of(enumClass, pgEnum, "name");
        List<Label> labels = new ArrayList<>();
        for (Element constant : enumClass.getEnclosedElements()) {
            if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
                continue;
            }
            String constantName = constant.getSimpleName().toString();
            Optional<AnnotationMirror> labelMirror = AnnotationValues.find(constant, AnnotationNames.ENUM_LABEL);
            if (labelMirror.isPresent()) {
                AnnotationValues label = AnnotationValues.of(elements, labelMirror.get());
                labels.add(new Label(constantName, label.string("value"), origins.of(constant, label, "value")));
            } else {
                labels.add(new Label(constantName, constantName, origins.of(constant)));
            }
        }
        return Optional.of(new PgEnumRead(enumClass, name, nameOrigin, labels));
    }
}
