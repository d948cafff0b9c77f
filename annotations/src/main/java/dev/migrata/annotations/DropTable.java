package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: confirms that the table is dropped in this revision ({@code DROP TABLE}),
 * with its data. Without it, a table that disappears from the {@link Schema} is a compile error.
 * Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DropTables.class)
public @interface DropTable {

    /** The table name in the parent revision. Required. */
    String table();
}
