package dev.migrata.processor.diag;

import dev.migrata.processor.files.RevisionStep;
import dev.migrata.processor.read.ElementOrigin;
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

    /**
     * Prints a NOTE on the revision that its files were written, saying what the upgrade runs and
     * which warnings it carries: {@code wrote lab/004_x.sql: 5 steps in 3 transactions, warnings
     * MIG601, MIG602}.
     *
     * @param revision the {@code @Revision} annotation of the class
     * @param sqlFile the {@code .sql} file as shown: its folder's name and its own
     * @param upgrade the upgrade steps in the order they run
     * @param warningCodes the codes of the revision's warnings, in the order to show them
     */
    public void wroteRevision(
            ElementOrigin revision, String sqlFile, List<RevisionStep> upgrade, List<String> warningCodes) {
        String text = "wrote " + sqlFile + ": " + describe(upgrade) + ", warnings "
                + (warningCodes.isEmpty() ? "none" : String.join(", ", warningCodes));
        messager.printMessage(Diagnostic.Kind.NOTE, text, revision.element(), revision.annotation(), revision.value());
    }

    /** {@code 5 steps in 2 transactions and 1 outside any transaction}. */
    private static String describe(List<RevisionStep> steps) {
        if (steps.isEmpty()) {
            return "no steps";
        }
        int transactions = 0;
        int outside = 0;
        int group = -1;
        for (RevisionStep step : steps) {
            // Consecutive steps of one group share a transaction; a step outside any runs alone.
            if (step.group() == 0) {
                outside++;
            } else if (step.group() != group) {
                transactions++;
            }
            group = step.group();
        }
        String text = count(steps.size(), "step");
        if (transactions > 0) {
            text += " in " + count(transactions, "transaction");
            if (outside > 0) {
                text += " and " + outside + " outside any transaction";
            }
        } else {
            text += " outside any transaction";
        }
        return text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
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
