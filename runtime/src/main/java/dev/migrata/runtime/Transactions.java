package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ends a transaction that failed. The JDBC driver commits an open transaction when autocommit is
 * switched back on, so every path that did not commit rolls back first, whatever was thrown.
 */
final class Transactions {

    private Transactions() {}

    /**
     * Rolls back the connection's open transaction after {@code cause} and switches autocommit back
     * on. When the rollback fails, autocommit stays off, so that switching it on cannot commit what
     * the transaction did; a later rollback or the connection's close ends it. A failure here is
     * attached to {@code cause}, never replaces it.
     */
    static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
