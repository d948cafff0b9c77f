package dev.migrata.spring;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.HistoryEntry;
import dev.migrata.runtime.Migrator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the health contributor reports, independent of the Spring Boot line whose health API
 * carries it: {@code UP} when the database is at the chain's head, holds no dirty, modified or
 * unknown revision and its catalog matches the head schema; {@code OUT_OF_SERVICE} otherwise, with
 * the pending revisions, the revisions in another state and the drift as details. A database that
 * cannot be read is {@code DOWN} (the health indicator turns the exception into that).
 *
 * <p>Drift is compared only at the head: behind it, the differences are the pending revisions'
 * changes, already listed as such.
 */
final class MigrataHealthCheck {

    /** The status code and details of one health check. */
    record Result(String status, Map<String, Object> details) {}

    static final String UP = "UP";
    static final String OUT_OF_SERVICE = "OUT_OF_SERVICE";

    private final Migrator migrator;

    MigrataHealthCheck(Migrator migrator) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    Result run() {
        List<HistoryEntry> history = migrator.history();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("schema", migrator.chain().name());
        details.put("head", migrator.chain().head().id());
        details.put(
                "current",
                history.stream()
                        .filter(HistoryEntry::current)
                        .map(HistoryEntry::id)
                        .findFirst()
                        .orElse("<base>"));
        boolean healthy = true;
        for (HistoryEntry.State state : HistoryEntry.State.values()) {
            if (state == HistoryEntry.State.APPLIED) {
                continue;
            }
            List<String> ids = idsIn(history, state);
            if (!ids.isEmpty()) {
                details.put(state.name().toLowerCase(Locale.ROOT), ids);
                healthy = false;
            }
        }
        if (healthy) {
            DriftReport drift = migrator.check();
            if (!drift.isClean()) {
                details.put(
                        "drift",
                        drift.drifts().stream().map(DriftReport.Drift::toString).toList());
                healthy = false;
            }
        }
        return new Result(healthy ? UP : OUT_OF_SERVICE, details);
    }

    private static List<String> idsIn(List<HistoryEntry> history, HistoryEntry.State state) {
        List<String> ids = new ArrayList<>();
        for (HistoryEntry entry : history) {
            if (entry.state() == state) {
                ids.add(entry.id());
            }
        }
        return ids;
    }
}
