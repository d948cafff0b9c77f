package dev.migrata.processor;

import com.palantir.javapoet.ClassName;
import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.RevisionModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Checks that the generated chain class can create each revision implementing {@code
 * DataMigration} with {@code RevisionClass::new}: otherwise the error would surface as a confusing
 * javac error in generated code.
 */
final class DataMigrationAccess {

    private DataMigrationAccess() {}

    static List<Problem> check(List<TypeElement> elements, List<RevisionModel> revisions, ClassName chainClass) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < revisions.size(); i++) {
            if (!revisions.get(i).dataMigration()) {
                continue;
            }
            TypeElement element = elements.get(i);
            String reason = whyNotInstantiable(element);
            if (reason == null) {
                reason = whyNotVisibleFrom(element, chainClass);
            }
            if (reason != null) {
                problems.add(Problems.dataMigrationNotInstantiable(
                        ElementOrigin.of(element),
                        element.getQualifiedName(),
                        chainClass.simpleName(),
                        nestedName(element),
                        reason));
            }
        }
        return problems;
    }

    /** Why {@code new C()} would not compile in C's package, or {@code null} when it would. */
    static String whyNotInstantiable(TypeElement type) {
        if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
            return "it is "
                    + type.getKind()
                            .toString()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ') + ", not a class";
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return "it is abstract";
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            TypeElement t = (TypeElement) e;
            if (t.getModifiers().contains(Modifier.PRIVATE)) {
                return t == type ? "it is private" : "its enclosing class " + t.getSimpleName() + " is private";
            }
            if (t.getNestingKind() == NestingKind.MEMBER
                    && !t.getModifiers().contains(Modifier.STATIC)
                    && t.getEnclosingElement().getKind().isClass()) {
                return t == type
                        ? "it is an inner (non-static) class"
                        : "its enclosing class " + t.getSimpleName() + " is not static";
            }
            if (t.getNestingKind() == NestingKind.LOCAL || t.getNestingKind() == NestingKind.ANONYMOUS) {
                return "it is a local class";
            }
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        boolean accessibleNoArg = constructors.stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        return accessibleNoArg ? null : "it has no non-private constructor without parameters";
    }

    /**
     * Why the chain class, in its own package, cannot name C's no-argument constructor, or {@code
     * null} when it can: from another package the class, its enclosing classes and the constructor
     * must be public.
     */
    static String whyNotVisibleFrom(TypeElement type, ClassName chainClass) {
        String packageName = ClassName.get(type).packageName();
        if (packageName.equals(chainClass.packageName())) {
            return null;
        }
        String where = "the chain class " + chainClass.simpleName() + " is in another package ("
                + (chainClass.packageName().isEmpty() ? "the unnamed package" : chainClass.packageName()) + ")";
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return (e == type ? "it is not public" : "its enclosing class " + e.getSimpleName() + " is not public")
                        + " and " + where;
            }
        }
        boolean publicNoArg = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        return publicNoArg ? null : "its constructor without parameters is not public and " + where;
    }

    private static String nestedName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            name.insert(0, ((TypeElement) e).getSimpleName() + ".");
        }
        return name.toString();
    }
}
