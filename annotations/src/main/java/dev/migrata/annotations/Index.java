package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on a {@link Table}: {@code CREATE [UNIQUE] INDEX <name> ON <table> USING <using>
 * (<columns> | <expression>) [INCLUDE (<include>)] [WHERE <where>]}. Repeatable. On an existing
 * table it is built {@code CONCURRENTLY}. Exactly one of {@link #columns()} and {@link
 * #expression()} is given.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {

    /**
     * The indexed columns by column name (as in the database, e.g. {@code "owner_id"}), in order.
     * Default none: then {@link #expression()} gives the key list.
     */
    String[] columns() default {};

    /**
     * The key list, written verbatim between the parentheses of {@code CREATE INDEX}, instead of
     * {@link #columns()}: expressions ({@code "lower(email)"}), operator classes ({@code "meta
     * jsonb_path_ops"}), orderings ({@code "created_at DESC"}), or several of them separated by
     * commas. The server checks the columns it names. Default {@code ""}: the key list is {@link
     * #columns()}. Without {@link #name()} the index is named {@code ix_<table>_<8 hex digits of the
     * SHA-256 of the expression>}.
     */
    String expression() default "";

    /**
     * Non-key columns stored in the index for index-only scans: {@code INCLUDE (<include>)}, by
     * column name. Default none.
     */
    String[] include() default {};

    /** Whether it is a {@code UNIQUE} index. Default {@code false}. */
    boolean unique() default false;

    /**
     * The index name. Default {@code ""}: {@code ix_<table>_<columns>}, or for an {@link
     * #expression()} {@code ix_<table>_<8 hex digits of the SHA-256 of the expression>}.
     */
    String name() default "";

    /** The partial-index predicate, a SQL boolean expression written verbatim after {@code WHERE}. Default {@code ""}: none. */
    String where() default "";

    /** The access method: {@code btree}, {@code gin}, {@code gist}, {@code brin} or {@code hash}. Default {@code "btree"}. */
    String using() default "btree";
}
