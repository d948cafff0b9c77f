package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a view (or a materialized view) of the schema on a class or interface listed in
 * {@link Schema#views()}. The view is created when it first appears, dropped when it is no longer
 * listed, and dropped and created again when its query changes. A view that reads a table whose
 * column a revision retypes, drops or renames is dropped before that change and created again after
 * it, in the same revision, since PostgreSQL refuses to change a column a view uses.
 *
 * <pre>{@code
 * @View(name = "active_users", query = "SELECT id, email FROM users WHERE deleted_at IS NULL")
 * interface ActiveUsers {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface View {

    /**
     * The view name. Default {@code ""}: the snake_case of the class's simple name ({@code
     * ActiveUsers} → {@code active_users}).
     */
    String name() default "";

    /**
     * The view's query: one {@code SELECT} (or {@code WITH … SELECT}) statement, without a trailing
     * {@code ;} or comments, written after {@code CREATE VIEW <name> AS}. Required.
     */
    String query();

    /**
     * Whether it is a materialized view, {@code CREATE MATERIALIZED VIEW <name> AS <query> WITH DATA}:
     * created filled, and refreshed by the application ({@code REFRESH MATERIALIZED VIEW}). Default
     * {@code false}: a plain view.
     */
    boolean materialized() default false;
}
