package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a Java {@code enum} a native PostgreSQL enum type: a column of this enum is declared with
 * the type ({@code status job_status}) instead of {@code text} and a CHECK listing the constants.
 * The type is created ({@code CREATE TYPE job_status AS ENUM ('queued', …)}) before the tables that
 * use it and dropped after them. Its labels are the constant names in declaration order, or each
 * constant's {@link EnumLabel}.
 *
 * <p>A new constant becomes {@code ALTER TYPE … ADD VALUE}, in a step of its own committed before
 * the rest of its revision (PostgreSQL lets no transaction use a label added in it); its downgrade
 * keeps the label, since PostgreSQL cannot drop one. A removed or reordered constant is a compile
 * error: the labels stored rows hold cannot change in place.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PgEnum {

    /** The type name. Default {@code ""}: the snake_case of the enum's simple name ({@code JobStatus} → {@code job_status}). */
    String name() default "";
}
