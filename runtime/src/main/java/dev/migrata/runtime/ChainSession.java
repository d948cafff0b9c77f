package dev.migrata.runtime;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;

/**
 * What a call that walks the history works with: the connection (holding the migration lock when
 * the call writes), the database's name for messages, the lock timeout of the history table, and
 * the chain's revisions with their target resolver.
 *
 * @param connection the connection, in autocommit mode between units of work
 * @param database the database as messages name it, without a password
 * @param lockTimeout how long a statement on the history table waits for its lock
 * @param revisions the chain's revisions, root first
 * @param targets resolves targets against the chain
 */
record ChainSession(
        Connection connection,
        String database,
        Duration lockTimeout,
        List<Migration> revisions,
        TargetResolver targets) {

    /** The chain's newest revision. */
    Migration head() {
        return revisions.get(revisions.size() - 1);
    }
}
