package dev.migrata.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
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

    MigrationLog captureLog() {
        return MigrationLog.capture(out(), err(), migrata.debug);
    }
}
