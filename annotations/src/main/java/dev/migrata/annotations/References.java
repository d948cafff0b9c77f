package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key from this column to another {@link Table}: {@code CONSTRAINT
 * fk_<table>_<column>_<ref> FOREIGN KEY (<column>) REFERENCES <ref> (<key>)}.
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
}
