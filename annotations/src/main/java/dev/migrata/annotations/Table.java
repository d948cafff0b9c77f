package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A table, declared by a class or record as it is at the head revision. Every non-static,
 * non-transient field (every record component) is a column; {@link Column} is optional.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {

    /** The table name. Default {@code ""}: the snake_case of the simple name ({@code OrderLine} → {@code order_line}). */
    String name() default "";

    /**
     * The PostgreSQL schema the table lives in ({@code CREATE TABLE <schema>.<name>}). Default
     * {@code ""}: the connection's default schema (its {@code search_path}).
     */
    String schema() default "";

    /**
     * A composite primary key, by column names in key order ({@code PRIMARY KEY (a, b)}). Default
     * {@code {}}: the key is the column marked {@link Column#primaryKey()}, if any. A table without
     * a primary key is allowed, but cannot be referenced by {@link References}.
     */
    String[] primaryKey() default {};

    /**
     * The name of the primary key constraint. Default {@code ""}: named by {@link Schema#naming()}
     * ({@code pk_<table>} or {@code <table>_pkey}).
     */
    String primaryKeyName() default "";

    /** The table comment ({@code COMMENT ON TABLE}). Default {@code ""}: none. */
    String comment() default "";
}
