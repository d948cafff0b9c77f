package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: the table {@code from} was renamed to {@code to} in this revision
 * ({@code ALTER TABLE from RENAME TO to}). Renames are never guessed: without this, a table that
 * changes its name is a dropped table and a new one, which is a compile error. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(RenameTables.class)
public @interface RenameTable {

    /** The table name in the parent revision. Required. */
    String from();

    /** The table name in this revision. Required. */
    String to();
}
