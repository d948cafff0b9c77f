package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: how a column's type change converts existing values ({@code ALTER TABLE ...
 * ALTER COLUMN ... TYPE ... USING ...}). Needed when PostgreSQL has no implicit cast between the
 * old and the new type. Repeatable.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ChangeTypes.class)
public @interface ChangeType {

    /** The table, by its name in this revision. Required. */
    String table();

    /** The column whose type changes. Required. */
    String column();

    /**
     * The SQL {@code USING} expression for the upgrade, e.g. {@code "price::numeric(10,2)"}.
     * Default {@code ""}: the implicit cast.
     */
    String using() default "";

    /** The SQL {@code USING} expression for the downgrade. Default {@code ""}: the implicit cast. */
    String usingDown() default "";
}
