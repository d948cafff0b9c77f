package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;

/**
 * An annotation value that is written verbatim into a generated statement, as read, so that one
 * validator checks every such value with the same rule.
 *
 * @param kind which attribute it is
 * @param text the value as written
 * @param owner where it is declared, for the message ({@code Account.email}, {@code Account},
 *     {@code revision '003_retype'})
 * @param origin the value in the source
 */
public record SqlValueRead(Kind kind, String text, String owner, Origin origin) {

    /** The attributes whose values become SQL. */
    public enum Kind {
        /** {@code @Column(type)}: one SQL type. */
        COLUMN_TYPE,
        /** {@code @Column(defaultValue)}: one expression. */
        COLUMN_DEFAULT,
        /** {@code @Column(check)}: one boolean expression. */
        COLUMN_CHECK,
        /** {@code @Check} on a table: one boolean expression. */
        TABLE_CHECK,
        /** {@code @Index(where)}: one predicate. */
        INDEX_WHERE,
        /** {@code @Index(expression)}: one key list, whose items are separated by commas. */
        INDEX_EXPRESSION,
        /** {@code @VectorIndex(where)}: one predicate. */
        VECTOR_INDEX_WHERE,
        /** {@code @Column(generated)}: one expression. */
        COLUMN_GENERATED,
        /** {@code @ChangeType(using)}: one expression. */
        CHANGE_TYPE_USING,
        /** {@code @ChangeType(usingDown)}: one expression. */
        CHANGE_TYPE_USING_DOWN
    }
}
