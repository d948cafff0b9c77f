package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A table-level CHECK constraint on a {@link Table}: {@code CONSTRAINT <name> CHECK (<value>)}, for
 * conditions over several columns such as {@code starts_at < ends_at}. Repeatable. Added to an
 * existing table, it is added {@code NOT VALID} and validated in a later step, so writers are not
 * blocked while the rows are checked.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Checks.class)
public @interface Check {

    /** The boolean SQL expression, written verbatim into {@code CHECK (...)}. Required. */
    String value();

    /**
     * The constraint name. Default {@code ""}: named by {@link Schema#naming()}: {@code
     * ck_<table>_<hash>}, where the hash is the first 8 hex characters of the SHA-256 of the
     * expression as written, or PostgreSQL's {@code <table>_check}, {@code <table>_check1}, …
     */
    String name() default "";
}
