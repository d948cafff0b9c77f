package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key from this column to another {@link Table}: {@code CONSTRAINT <name> FOREIGN KEY
 * (<column>) REFERENCES <ref> (<key>)}, where the name is {@link #name()} or the one
 * {@link Schema#naming()} gives ({@code fk_<table>_<column>_<ref>} or {@code <table>_<column>_fkey}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface References {

    /** The referenced {@link Table} class; it must be listed in the same {@link Schema#tables()}. Required. */
    Class<?> value();

    /**
     * The referenced column by column name. Default {@code ""}: the referenced table's primary key
     * (which must then be a single column).
     */
    String column() default "";

    /** {@code ON DELETE}. Default {@link ReferentialAction#NO_ACTION}. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** {@code ON UPDATE}. Default {@link ReferentialAction#NO_ACTION}. */
    ReferentialAction onUpdate() default ReferentialAction.NO_ACTION;

    /**
     * The constraint name. Default {@code ""}: named by {@link Schema#naming()}. Like every name, it
     * must be unique among the schema's constraints.
     */
    String name() default "";
}
