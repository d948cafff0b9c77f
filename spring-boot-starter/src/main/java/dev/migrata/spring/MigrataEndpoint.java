package dev.migrata.spring;

import dev.migrata.runtime.HistoryEntry;
import dev.migrata.runtime.Migrator;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The actuator endpoint {@code migrata}: the chain's revisions with their state in the database,
 * as {@link Migrator#history()} lists them. Read-only; it takes no migration lock.
 */
@Endpoint(id = "migrata")
public class MigrataEndpoint {

    private final Migrator migrator;

    /** An endpoint listing the history of {@code migrator}'s database. */
    public MigrataEndpoint(Migrator migrator) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    /** The history, root first, followed by any revisions the database holds that this code does not know. */
    @ReadOperation
    public MigrataHistory history() {
        List<HistoryEntry> entries = migrator.history();
        String current = entries.stream()
                .filter(HistoryEntry::current)
                .map(HistoryEntry::id)
                .findFirst()
                .orElse(null);
        return new MigrataHistory(
                migrator.chain().name(),
                migrator.chain().head().id(),
                current,
                entries.stream().map(RevisionDescriptor::of).toList());
    }

    /**
     * The endpoint's response.
     *
     * @param schema the chain's name
     * @param head the chain's head revision
     * @param current the newest revision applied to the database, or {@code null} at base
     * @param revisions every revision with its state
     */
    public record MigrataHistory(String schema, String head, String current, List<RevisionDescriptor> revisions)
            implements OperationResponseBody {}

    /**
     * One revision of the response.
     *
     * @param id the revision id
     * @param parent the parent's id, or {@code null} for the root
     * @param message the revision's message
     * @param state {@code APPLIED}, {@code PENDING}, {@code DIRTY}, {@code MODIFIED} or {@code UNKNOWN}
     * @param appliedAt when it was applied (ISO-8601), or {@code null} when pending
     * @param appliedBy the database role that applied it, or {@code null} when pending
     * @param executionMs how long it took, or {@code null} when pending
     */
    public record RevisionDescriptor(
            String id,
            String parent,
            String message,
            String state,
            String appliedAt,
            String appliedBy,
            Long executionMs) {

        static RevisionDescriptor of(HistoryEntry entry) {
            return new RevisionDescriptor(
                    entry.id(),
                    entry.parentId(),
                    entry.message(),
                    entry.state().name(),
                    entry.appliedAt() == null ? null : entry.appliedAt().toString(),
                    entry.appliedBy(),
                    entry.executionMs());
        }
    }
}
