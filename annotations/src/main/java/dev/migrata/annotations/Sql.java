package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Revision}: verbatim SQL that runs after (or, with {@link #phase()} {@link
 * SqlPhase#BEFORE}, before) the generated upgrade statements of the revision ({@link #up()}), and
 * with its downgrade ({@link #down()}). For data migrations that SQL expresses best. Repeatable;
 * steps of one phase run in declaration order, their downgrades in reverse order.
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

    /**
     * Whether this step may safely run again after an interruption. Matters only where the step runs
     * outside a transaction ({@code @Revision(transactional = false)}): a crash or a killed connection
     * can leave it half done, and the next upgrade either reruns it (when {@code true}) or refuses the
     * revision as dirty until someone finishes or undoes it by hand (the default). Declare it only for
     * SQL that is idempotent as a whole — {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}, a backfill
     * whose {@code WHERE} skips rows already done — never for one that adds to what it already did.
     * Default {@code false}; a transactional step is all or nothing and never needs it.
     */
    boolean rerunnable() default false;

    /**
     * When the step runs: {@link SqlPhase#AFTER} the generated statements of the revision's first
     * transaction (the default), or {@link SqlPhase#BEFORE} them, e.g. a backfill that the
     * revision's new NOT NULL needs.
     */
    SqlPhase phase() default SqlPhase.AFTER;
}
