package dev.migrata.spring;

import dev.migrata.runtime.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a startup that failed because the migrator refused or failed: the refusal's message
 * (which names the revision, what was expected and found, and never a password) and what to do.
 */
class MigrataFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
        return new FailureAnalysis(
                "Migrata did not migrate the database (" + cause.reason() + "):\n\n" + cause.getMessage(),
                action(cause.reason()),
                cause);
    }

    private static String action(MigrationException.Reason reason) {
        return switch (reason) {
            case CHECKSUM_MISMATCH ->
                "Restore the applied revision's frozen SQL file as it was, or, for a revision"
                        + " regenerated on a development database, record the new checksum with Migrator.repair()"
                        + " (migrata repair --yes).";
            case UNKNOWN_REVISION ->
                "Deploy the code that knows the database's revisions, downgrade the database"
                        + " to a revision this code knows, or set migrata.allow-unknown-revisions=true for a rolling"
                        + " deployment.";
            case LOCK_TIMEOUT, LOCK_NOT_AVAILABLE ->
                "Wait for the session named above to finish, or raise"
                        + " migrata.lock-timeout / migrata.ddl-lock-timeout.";
            case UNKNOWN_TARGET, AMBIGUOUS_TARGET, INVALID_TARGET ->
                "Correct migrata.target: head, +N, a revision" + " id or a unique prefix of one.";
            default -> "Follow the fix the message above names, then start the application again.";
        };
    }
}
