package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: confirms that the column is dropped in this revision ({@code ALTER TABLE
 * ... DROP COLUMN}), with its data. Without it, a column that disappears is a compile error.
 * Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(DropColumns.class)
public @interface DropColumn {

    /** The table, by its name in this revision. Required. */
    String table();

    /** The dropped column. Required. */
    String column();
}
