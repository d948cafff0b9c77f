package dev.migrata.processor.diag;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The only user of {@link Messager}: prints problems on the element, annotation and value they name. */
public final class Reporter {

    private final Messager messager;
    private boolean errors;

    /** A reporter printing to javac. */
    public Reporter(Messager messager) {
        this.messager = messager;
    }

    /** Prints every problem. */
    public void reportAll(List<Problem> problems) {
        problems.forEach(this::report);
    }

    /** Prints one problem where its origin points, or without a position when it has none. */
    public void report(Problem problem) {
        Diagnostic.Kind kind = problem.isError() ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING;
        errors |= problem.isError();
        if (problem.origin() instanceof ElementOrigin origin) {
            messager.printMessage(kind, problem.text(), origin.element(), origin.annotation(), origin.value());
        } else {
            messager.printMessage(kind, problem.text());
        }
    }

    /** Prints a NOTE, e.g. that a revision's files were written, on the element the origin names. */
    public void note(ElementOrigin origin, String text) {
        messager.printMessage(Diagnostic.Kind.NOTE, text, origin.element(), origin.annotation(), origin.value());
    }

    /** Reports an unexpected exception as an error, with its trace, instead of crashing javac. */
    public void internalError(Element element, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        report(Problems.internalError(
                element == null ? dev.migrata.schema.model.Origin.NONE : ElementOrigin.of(element), trace.toString()));
    }

    /** Whether any error was reported. */
    public boolean hasErrors() {
        return errors;
    }
}
