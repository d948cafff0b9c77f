package dev.migrata.schema.sql;

/**
 * One SQL statement of a migration.
 *
 * @param sql the statement, without a trailing semicolon
 * @param transactional whether it runs inside the revision's transaction; {@code false} for
 *     statements PostgreSQL refuses to run in one ({@code CREATE INDEX CONCURRENTLY}, …) and for
 *     every statement of a {@code @Revision(transactional = false)}
 */
public record SqlStatement(String sql, boolean transactional) {

    /** The same statement, outside the transaction. */
    public SqlStatement nonTransactional() {
        return transactional ? new SqlStatement(sql, false) : this;
    }
}
