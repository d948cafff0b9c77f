package dev.migrata.annotations;

/**
 * When a {@link Sql} step runs within its revision ({@link Sql#phase()}).
 *
 * <p>An expand–backfill–contract change fits one revision: a column added nullable by an earlier
 * revision is backfilled by a {@code BEFORE} step and made NOT NULL by the generated statements
 * of the same revision.
 *
 * <pre>{@code
 * @Revision(id = "0007", parent = AddNick.class)
 * @Sql(phase = SqlPhase.BEFORE, up = "UPDATE users SET nick = email WHERE nick IS NULL")
 * final class NickRequired {} // and User.nick is now @Column(nullable = false)
 * }</pre>
 */
public enum SqlPhase {

    /**
     * Before the generated statements of the revision, in its first transaction (outside any
     * transaction in a {@code @Revision(transactional = false)}). In the downgrade its {@link
     * Sql#down()} runs after the inverse of the generated statements of the first transaction: the
     * mirror of the upgrade.
     */
    BEFORE,

    /**
     * After the generated statements of the revision's first transaction, in that transaction; a
     * Java {@code DataMigration} runs after these steps. In the downgrade its {@link Sql#down()}
     * runs before the inverse DDL, while the upgrade's columns still exist.
     */
    AFTER
}
