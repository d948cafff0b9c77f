package dev.migrata.schema.model;

import java.util.Comparator;
import java.util.List;

/**
 * A trigger, declared by {@code @Trigger}.
 *
 * @param name the trigger name, unquoted
 * @param schema the PostgreSQL schema of its table, {@code ""} for the default
 * @param table the table it is on
 * @param timing {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
 * @param events the events in SQL words ({@code INSERT}, {@code UPDATE}, …), in declaration order
 * @param forEachRow whether it fires for each row, else for each statement
 * @param function the name of the function it executes
 * @param when the {@code WHEN} condition, {@code ""} for none
 */
public record TriggerModel(
        String name,
        String schema,
        String table,
        String timing,
        List<String> events,
        boolean forEachRow,
        String function,
        String when) {

    /** Triggers sorted by name. */
    public static final Comparator<TriggerModel> ORDER = Comparator.comparing(TriggerModel::name);

    /** Copies the events. */
    public TriggerModel {
        events = List.copyOf(events);
    }
}
