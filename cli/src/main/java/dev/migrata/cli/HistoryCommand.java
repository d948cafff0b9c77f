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
                out.println(entry.summary());
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
            String parent = revision.parentId().orElse(null);
            boolean head = revision.id().equals(chain.head().id());
            if (!verbose) {
                out.println(headline(parent, revision.id(), head, false) + ", " + firstLine(revision.message()));
                continue;
            }
            if (i > 0) {
                out.println();
            }
            printRevisionLines(out, revision.id(), parent, head, false);
            printChecksums(out, revision);
            printMessage(out, revision.message());
        }
    }

    /** {@code parent -> id (head) (current)}, the root's parent shown as {@code <base>}. */
    private static String headline(String parentId, String id, boolean head, boolean current) {
        return (parentId == null ? Revisions.BASE : parentId) + " -> " + id + marks(head, current);
    }

    private static String marks(boolean head, boolean current) {
        return (head ? " (head)" : "") + (current ? " (current)" : "");
    }

    private static void printVerbose(PrintWriter out, HistoryEntry entry, MigrationChain chain) {
        printRevisionLines(out, entry.id(), entry.parentId(), entry.head(), entry.current());
        out.println("State: " + entry.state().name().toLowerCase(Locale.ROOT));
        chain.migrations().stream()
                .filter(m -> m.id().equals(entry.id()))
                .findFirst()
                .ifPresent(revision -> printChecksums(out, revision));
        if (entry.appliedAt() != null) {
            out.println("Applied: " + entry.appliedAt() + " by " + entry.appliedBy() + " in " + entry.executionMs()
                    + " ms");
        }
        printMessage(out, entry.message());
    }

    private static void printRevisionLines(PrintWriter out, String id, String parentId, boolean head, boolean current) {
        out.println("Rev: " + id + marks(head, current));
        out.println("Parent: " + (parentId == null ? Revisions.BASE : parentId));
    }

    private static void printChecksums(PrintWriter out, Migration revision) {
        out.println("Checksum: " + revision.checksum());
        out.println("Chain checksum: " + revision.chainChecksum());
    }

    /** A blank line, then the whole message indented. */
    private static void printMessage(PrintWriter out, String message) {
        out.println();
        message.lines().forEach(line -> out.println("    " + line));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
