package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Implemented by a {@code @Revision} class whose revision needs Java code as well as SQL. The code
 * runs after the revision's transactional statements, on the same connection and in the same
 * transaction: a failure rolls the whole revision back.
 */
public interface DataMigration {

    /** Moves data forward; called during upgrade. Must not commit or roll back. */
    void upgrade(Connection connection) throws SQLException;

    /** Moves data back; called during downgrade, before the revision's DDL is reverted. */
    void downgrade(Connection connection) throws SQLException;
}
