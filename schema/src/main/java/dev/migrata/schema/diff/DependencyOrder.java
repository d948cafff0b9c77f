package dev.migrata.schema.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so that each comes after the tables it must follow (referenced tables before the
 * tables that reference them, for creation; the reverse for drops). Among tables that are free to
 * go, the earliest in the given order goes first, so the result is deterministic. A cycle is broken
 * at its earliest table: the edges from it to tables not yet placed are returned as deferred, and
 * the caller handles those foreign keys in a separate statement.
 */
final class DependencyOrder {

    /** An edge {@code table → mustFollow} that could not be honoured. */
    record Edge(String table, String mustFollow) {}

    /** The order, and the edges deferred to break cycles. */
    record Result(List<String> order, List<Edge> deferred) {}

    private DependencyOrder() {}

    /**
     * @param tables the tables in their natural (sorted) order
     * @param mustFollow for each table, the tables it must come after (self-edges are ignored)
     */
    static Result of(List<String> tables, Map<String, Set<String>> mustFollow) {
        Set<String> remaining = new LinkedHashSet<>(tables);
        List<String> order = new ArrayList<>();
        List<Edge> deferred = new ArrayList<>();
        while (!remaining.isEmpty()) {
            String next = null;
            for (String table : remaining) {
                if (waitsFor(table, mustFollow, remaining).isEmpty()) {
                    next = table;
                    break;
                }
            }
            if (next == null) {
                next = remaining.iterator().next();
                for (String other : waitsFor(next, mustFollow, remaining)) {
                    deferred.add(new Edge(next, other));
                }
            }
            remaining.remove(next);
            order.add(next);
        }
        return new Result(order, deferred);
    }

    private static List<String> waitsFor(String table, Map<String, Set<String>> mustFollow, Set<String> remaining) {
        List<String> waiting = new ArrayList<>();
        for (String other : remaining) {
            if (!other.equals(table) && mustFollow.getOrDefault(table, Set.of()).contains(other)) {
                waiting.add(other);
            }
        }
        return waiting;
    }
}
