package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Implemented by a {@code @Revision} class whose revision needs Java code as well as SQL. The code
 * runs as the revision's Java step ({@code -- step N (java) Cls#upgrade} in its {@code .sql} file),
 * on the migrator's connection inside that step's transaction group: a failure rolls the group
 * back. Classes compiled before Java steps were listed run where they always did: after the
 * revision's first transaction group on upgrade, before its first transactional step on downgrade.
 */
public interface DataMigration {

    /** Moves data forward; called during upgrade. Must not commit or roll back. */
    void upgrade(Connection connection) throws SQLException;

    /** Moves data back; called during downgrade, at the Java step of the downgrade steps. */
    void downgrade(Connection connection) throws SQLException;
}
