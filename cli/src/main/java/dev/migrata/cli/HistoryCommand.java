package dev.migrata.cli;

import dev.migrata.runtime.HistoryEntry;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrata history [--verbose]}: the chain newest first, as {@code alembic history} prints
 * it, with {@code (current)} on the revision the database is at and the state of any revision that
 * is not simply applied or pending. Without any database URL it lists the chain alone, as {@code
 * alembic history} does without {@code --indicate-current}: it needs only the class path.
 */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the revisions, newest first, marking the current one"
                + " (without a database URL: the chain alone).")
final class HistoryCommand extends ChainCommand {

    @Option(
            names = {"-v", "--verbose"},
            description = "Show checksums, and when, by whom and how fast each revision was applied.")
    boolean verbose;

    @Override
    public Integer call() {
        if (!migrata.databaseConfigured()) {
            printChain(migrata.chain());
            return OK;
        }
        Migrator migrator = migrata.migrator();
        List<HistoryEntry> entries = new ArrayList<>(migrator.history());
        Collections.reverse(entries);
        PrintWriter out = out();
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            if (verbose) {
                if (i > 0) {
                    out.println();
                }
                printVerbose(out, entry, migrator.chain());
            } else {
                out.println(headline(entry) + ", " + firstLine(entry.message()) + stateSuffix(entry));
            }
        }
        return OK;
    }

    /** The chain from the class path alone: no current revision, no states, nothing applied. */
    private void printChain(MigrationChain chain) {
        List<Migration> revisions = new ArrayList<>(chain.migrations());
        Collections.reverse(revisions);
        PrintWriter out = out();
        for (int i = 0; i < revisions.size(); i++) {
            Migration revision = revisions.get(i);
            String parent = revision.parentId().orElse(Revisions.BASE);
            boolean head = revision.id().equals(chain.head().id());
            if (!verbose) {
                out.println(parent + " -> " + revision.id() + (head ? " (head)" : "") + ", "
                        + firstLine(revision.message()));
                continue;
            }
            if (i > 0) {
                out.println();
            }
            out.println("Rev: " + revision.id() + (head ? " (head)" : ""));
            out.println("Parent: " + parent);
            out.println("Checksum: " + revision.checksum());
            out.println("Chain checksum: " + revision.chainChecksum());
            out.println();
            revision.message().lines().forEach(line -> out.println("    " + line));
        }
    }

    private static String headline(HistoryEntry entry) {
        return (entry.parentId() == null ? Revisions.BASE : entry.parentId()) + " -> " + entry.id()
                + (entry.head() ? " (head)" : "") + (entry.current() ? " (current)" : "");
    }

    /** Applied and pending are the normal states; anything else is something to act on. */
    private static String stateSuffix(HistoryEntry entry) {
        switch (entry.state()) {
            case APPLIED:
            case PENDING:
                return "";
            default:
                return " [" + entry.state().name().toLowerCase(Locale.ROOT) + "]";
        }
    }

    private static void printVerbose(PrintWriter out, HistoryEntry entry, MigrationChain chain) {
        Optional<Migration> revision = chain.migrations().stream()
                .filter(m -> m.id().equals(entry.id()))
                .findFirst();
        out.println("Rev: " + entry.id() + (entry.head() ? " (head)" : "") + (entry.current() ? " (current)" : ""));
        out.println("Parent: " + (entry.parentId() == null ? Revisions.BASE : entry.parentId()));
        out.println("State: " + entry.state().name().toLowerCase(Locale.ROOT));
        revision.ifPresent(m -> {
            out.println("Checksum: " + m.checksum());
            out.println("Chain checksum: " + m.chainChecksum());
        });
        if (entry.appliedAt() != null) {
            out.println("Applied: " + entry.appliedAt() + " by " + entry.appliedBy() + " in " + entry.executionMs()
                    + " ms");
        }
        out.println();
        entry.message().lines().forEach(line -> out.println("    " + line));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
