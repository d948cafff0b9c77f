package dev.migrata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The {@code @Generated} annotation every generated type carries; no date, so output is reproducible. */
final class GeneratedAnnotation {

    static final String GENERATOR = "dev.migrata.processor.MigrataProcessor";

    // javax.annotation.processing.Generated exists from Java 9 on and needs no extra dependency.
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

    private GeneratedAnnotation() {}

    static AnnotationSpec spec() {
        return AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", GENERATOR)
                .build();
    }
}
