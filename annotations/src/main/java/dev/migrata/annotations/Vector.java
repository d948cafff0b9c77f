package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pgvector column: {@code vector(n)}, {@code halfvec(n)}, {@code sparsevec(n)} or {@code bit(n)}.
 * Goes on a {@code float[]}, {@code com.pgvector.PGvector}, {@code PGhalfvec}, {@code PGsparsevec}
 * or {@code PGbit} field. The migration creates the {@code vector} extension when needed.
 *
 * <p>This name clashes with {@code java.util.Vector} under two wildcard imports; import it by name.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Vector {

    /**
     * The number of dimensions, the {@code n} of {@code vector(n)}. Required; at least 1, at most
     * 16,000 for {@code vector} and {@code halfvec}.
     */
    int dimensions();

    /** The pgvector type. Default {@link VectorType#DEFAULT}: derived from the Java type. */
    VectorType type() default VectorType.DEFAULT;
}
