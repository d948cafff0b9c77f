package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a function of the schema on a class or interface listed in {@link Schema#functions()}:
 * {@code CREATE OR REPLACE FUNCTION <name>(<arguments>) RETURNS <returns> LANGUAGE <language> AS
 * $migrata$<body>$migrata$}. A changed body or language replaces it in place; changed arguments or
 * result type drop it and create it again (with the triggers that call it).
 *
 * <pre>{@code
 * @SqlFunction(name = "set_updated_at", returns = "trigger",
 *     body = "BEGIN NEW.updated_at = now(); RETURN NEW; END")
 * interface SetUpdatedAt {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SqlFunction {

    /**
     * The function name. Default {@code ""}: the snake_case of the class's simple name ({@code
     * SetUpdatedAt} → {@code set_updated_at}).
     */
    String name() default "";

    /** The argument list without its parentheses, e.g. {@code "a integer, b text"}. Default {@code ""}: none. */
    String arguments() default "";

    /** The result type, e.g. {@code "trigger"}, {@code "integer"}, {@code "SETOF users"}. Required. */
    String returns();

    /** The language the body is written in, e.g. {@code "sql"}. Default {@code "plpgsql"}. */
    String language() default "plpgsql";

    /**
     * The body, written verbatim between {@code $migrata$} dollar quotes: it may contain {@code ;}
     * and quotes, but not the text {@code $migrata$}. Required.
     */
    String body();
}
