package dev.migrata.schema.model;

/**
 * A view or materialized view, declared by {@code @View}.
 *
 * @param name the view name, unquoted
 * @param query the {@code SELECT} it is defined by, as declared
 * @param materialized whether it is a materialized view
 */
public record ViewModel(String name, String query, boolean materialized) {

    /** {@code view} or {@code materialized view}, for messages and SQL. */
    public String kind() {
        return materialized ? "materialized view" : "view";
    }
}
