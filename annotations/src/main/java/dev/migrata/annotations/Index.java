package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on a {@link Table}: {@code CREATE [UNIQUE] INDEX <name> ON <table> USING <using>
 * (<columns>) [WHERE <where>]}. Repeatable. On an existing table it is built {@code CONCURRENTLY}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {

    /** The indexed columns by column name (as in the database, e.g. {@code "owner_id"}), in order. Required. */
    String[] columns();

    /** Whether it is a {@code UNIQUE} index. Default {@code false}. */
    boolean unique() default false;

    /** The index name. Default {@code ""}: {@code ix_<table>_<columns>}. */
    String name() default "";

    /** The partial-index predicate, a SQL boolean expression written verbatim after {@code WHERE}. Default {@code ""}: none. */
    String where() default "";

    /** The access method: {@code btree}, {@code gin}, {@code gist}, {@code brin} or {@code hash}. Default {@code "btree"}. */
    String using() default "btree";
}
