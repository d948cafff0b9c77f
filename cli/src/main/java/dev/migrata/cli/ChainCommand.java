package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.MigratorLogCapture;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command shares: the global options of {@code migrata} and the output writers. */
abstract class ChainCommand implements Callable<Integer> {

    /** Exit code of success. */
    static final int OK = 0;

    @ParentCommand
    MigrataCommand migrata;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    MigratorLogCapture captureLog() {
        return MigrationLog.capture(out(), err(), migrata.debug, migrata::scrub);
    }

    /**
     * Upgrade or downgrade: prints the offline script with {@code --sql}, else moves the database
     * to {@code target}, printing the runtime's progress lines, or says that there was nothing to do.
     *
     * @param scriptFrom where a {@code --sql} script starts when TARGET names no {@code FROM:}
     * @param verb {@code upgrade} or {@code downgrade}, for the "nothing to" line
     */
    Integer move(
            ScriptOptions script,
            String target,
            String scriptFrom,
            String verb,
            BiFunction<Migrator, String, List<String>> action) {
        if (script.sql) {
            script.print(this, target, scriptFrom);
            return OK;
        }
        Migrator migrator = migrata.migrator();
        // The capture shows the runtime's one line per revision while it works.
        try (MigratorLogCapture progress = captureLog()) {
            if (action.apply(migrator, target).isEmpty()) {
                out().println("Nothing to " + verb + ": the database is at " + migrator.describeCurrent());
            }
        }
        return OK;
    }
}
