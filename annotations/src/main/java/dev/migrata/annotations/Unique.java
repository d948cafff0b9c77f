package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A UNIQUE constraint on a {@link Table}, over one or more columns: {@code CONSTRAINT <name> UNIQUE
 * (<columns>)}. Repeatable. Unlike {@code @Index(unique = true)} it is a real constraint, so {@code
 * ON CONFLICT ON CONSTRAINT <name>} and foreign keys can use it. Added to an existing table, its
 * index is built {@code CONCURRENTLY} first and then attached ({@code ADD CONSTRAINT … USING INDEX}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Uniques.class)
public @interface Unique {

    /** The constrained columns by column name (as in the database, e.g. {@code "owner_id"}), in order. Required. */
    String[] columns();

    /**
     * The constraint name. Default {@code ""}: named by {@link Schema#naming()} ({@code
     * uq_<table>_<columns>} or {@code <table>_<columns>_key}).
     */
    String name() default "";
}
