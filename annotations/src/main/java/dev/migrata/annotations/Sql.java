package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: verbatim SQL that runs after the generated upgrade statements of the
 * revision ({@link #up()}), and with its downgrade ({@link #down()}). For data migrations that SQL
 * expresses best. Repeatable; steps run in declaration order.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(SqlSteps.class)
public @interface Sql {

    /** The upgrade SQL, one or more statements separated by {@code ;}. Required, not empty. */
    String up();

    /** The downgrade SQL. Default {@code ""}: nothing to undo. */
    String down() default "";
}
