package dev.migrata.runtime;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of {@link Migrator#history()}: a revision of the chain with its state in the database,
 * or a revision the database holds that this code does not know.
 *
 * @param id the revision id
 * @param parentId the parent's id, or {@code null} for the root
 * @param message the revision's message
 * @param state applied, pending, dirty, modified or unknown
 * @param current whether this is the newest revision applied to the database
 * @param head whether this is the chain's head
 * @param appliedAt when it was applied, or {@code null} when pending
 * @param appliedBy the database role that applied it, or {@code null} when pending
 * @param executionMs how long it took in milliseconds, or {@code null} when pending
 */
public record HistoryEntry(
        String id,
        String parentId,
        String message,
        State state,
        boolean current,
        boolean head,
        Instant appliedAt,
        String appliedBy,
        Long executionMs) {

    /** The state of a revision in the database. */
    public enum State {
        /** Applied, with the compiled checksum. */
        APPLIED,
        /** Not applied yet. */
        PENDING,
        /**
         * Its upgrade or downgrade stopped between steps (a failed or interrupted transaction group,
         * or a step outside any transaction); the next upgrade, or downgrade, resumes it.
         */
        DIRTY,
        /** Applied with a checksum that differs from the compiled revision's: it was edited since. */
        MODIFIED,
        /** Applied by other code: this chain does not contain it. */
        UNKNOWN
    }

    /**
     * The line {@code migrata history} prints: {@code <parent> -> <id> (head) (current), <first line
     * of the message>}, followed by {@code [dirty]}, {@code [modified]} or {@code [unknown]} for a
     * revision that is neither simply applied nor pending, the root's parent shown as {@code <base>}.
     */
    public String summary() {
        int newline = message.indexOf('\n');
        String firstLine = newline < 0 ? message : message.substring(0, newline);
        String attention = state == State.APPLIED || state == State.PENDING
                ? ""
                : " [" + state.name().toLowerCase(Locale.ROOT) + "]";
        return (parentId == null ? "<base>" : parentId) + " -> " + id + (head ? " (head)" : "")
                + (current ? " (current)" : "") + ", " + firstLine + attention;
    }

    /** {@code <parent> -> <id> (head) (current), <message> [state]}, as {@code alembic history} prints it. */
    @Override
    public String toString() {
        return (parentId == null ? "<base>" : parentId) + " -> " + id + (head ? " (head)" : "")
                + (current ? " (current)" : "") + ", " + message + " [" + state + "]";
    }
}
