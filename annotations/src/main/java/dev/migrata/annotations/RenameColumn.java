package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: a column was renamed in this revision ({@code ALTER TABLE table RENAME
 * COLUMN from TO to}). Renames are never guessed. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(RenameColumns.class)
public @interface RenameColumn {

    /** The table, by its name in this revision. Required. */
    String table();

    /** The column name in the parent revision. Required. */
    String from();

    /** The column name in this revision. Required. */
    String to();
}
