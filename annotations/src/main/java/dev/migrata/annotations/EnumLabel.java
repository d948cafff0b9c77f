package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The label of one constant of a {@link PgEnum} enum, for labels a Java name cannot spell, e.g.
 * {@code @EnumLabel("parliament-period") PARLIAMENT_PERIOD}. Without it the label is the constant's
 * name. A label is 1 to 63 bytes (UTF-8), unique within its type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface EnumLabel {

    /** The label as stored in the database. Required. */
    String value();
}
