package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.lang.reflect.Constructor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reverts applied revisions, newest first, on a connection that holds the migration lock: the
 * chain's own with their compiled downgrade steps, and those this code does not know (a developer
 * switched to a branch without them, so the database is ahead) with the downgrade steps recorded in
 * their history rows when they were applied.
 */
final class Downgrader {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final RevisionApplier applier;

    private final ChainSession session;

    Downgrader(ChainSession session, RevisionApplier applier) {
        this.session = session;
        this.applier = applier;
    }

    /**
     * Downgrades to {@code target}; {@code state} was validated for a downgrade.
     *
     * @return the ids reverted, newest first
     */
    List<String> run(AppliedState state, String target) throws SQLException {
        List<AppliedRevision> rows = state.rows();
        Optional<AppliedRevision> dirty = state.dirtyRow();
        if (dirty.isPresent() && AppliedRevision.UP.equals(dirty.get().pendingDirection())) {
            throw dirty.get()
                    .dirtyRefusal(
                            session.database(),
                            state.aheadOfChain().isEmpty()
                                    ? "Run upgrade to finish it before downgrading."
                                    : "Finish it with the code that applied it, or, once the schema is right by hand,"
                                            + " rewrite the history with stamp --purge (Migrator.stampPurge).");
        }
        int position = targetPosition(state, target);
        List<String> reverted = new ArrayList<>();
        if (position == rows.size()) {
            if (dirty.isPresent()) {
                throw dirty.get()
                        .dirtyRefusal(session.database(), "Downgrade to a revision below it to finish that downgrade.");
            }
            return reverted;
        }
        Map<String, RevisionSteps> recorded = recordedSteps(rows, state.level(), position);
        Map<String, DataMigration> recordedJava = loadJava(recorded);
        // Every compiled revision to revert has its file read and verified before the first is reverted,
        // so a refused file leaves the database as it was.
        Map<Integer, RevisionSteps> compiled = new HashMap<>();
        for (int current = Math.min(rows.size(), state.level()); current > position; current--) {
            compiled.put(current, RevisionSteps.downgrade(session.revisions().get(current - 1)));
        }
        Preflight.requireCreateOnSchema(session.connection(), session.database());
        RevisionTable.addMissingColumns(session.connection(), session.lockTimeout(), session.database());
        for (int current = rows.size(); current > position; current--) {
            AppliedRevision row = rows.get(current - 1);
            String previous = current == 1 ? "base" : rows.get(current - 2).id();
            long millis;
            if (current > state.level()) {
                RevisionSteps steps = recorded.get(row.id());
                millis = applier.downgrade(row, steps, step -> recordedJava.get(step.dataMigration()), previous);
                LOG.log(
                        Level.INFO,
                        "Running downgrade {0} -> {1}, {2} ({3} ms) with the downgrade steps recorded when it was"
                                + " applied: this code does not know it",
                        row.id(),
                        previous,
                        row.message(),
                        String.valueOf(millis));
            } else {
                Migration revision = session.revisions().get(current - 1);
                millis = applier.downgrade(row, compiled.get(current), RevisionApplier.compiled(revision), previous);
                LOG.log(
                        Level.INFO,
                        "Running downgrade {0} -> {1}, {2} ({3} ms)",
                        revision.id(),
                        previous,
                        revision.message(),
                        String.valueOf(millis));
            }
            reverted.add(row.id());
        }
        return reverted;
    }

    /** How many rows remain after the downgrade: a level of the chain, or a number of rows for {@code -N}. */
    private int targetPosition(AppliedState state, String target) {
        int applied = state.rows().size();
        if (TargetResolver.isRelative(target)) {
            int position = applied + TargetResolver.relativeAmount(target);
            if (position < 0 || position > applied) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_TARGET,
                        "Relative target " + target.trim() + " goes past the " + (position < 0 ? "base" : "current")
                                + " revision: " + session.database() + " has " + applied
                                + " revisions applied; downgrade takes"
                                + " -N.");
            }
            return position;
        }
        int level = session.targets().absoluteLevel(target);
        if (level > state.level()) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_TARGET,
                    "Downgrade target " + session.targets().describe(level) + " is above the current revision "
                            + (applied == 0
                                    ? "base"
                                    : state.rows().get(applied - 1).id()) + " of " + session.database()
                            + "; use upgrade.");
        }
        return level;
    }

    /**
     * The recorded downgrade steps of every unknown revision the downgrade reverts, read before
     * anything runs; a revision without them is refused.
     */
    private Map<String, RevisionSteps> recordedSteps(List<AppliedRevision> rows, int known, int position)
            throws SQLException {
        Map<String, RevisionSteps> recorded = new HashMap<>();
        for (int current = rows.size(); current > Math.max(known, position); current--) {
            AppliedRevision row = rows.get(current - 1);
            Optional<List<MigrationStep>> steps =
                    RevisionTable.recordedDowngrade(session.connection(), session.database(), row.id());
            if (steps.isEmpty()) {
                throw new MigrationException(
                        MigrationException.Reason.UNKNOWN_REVISION,
                        session.database() + " is at revision " + row.id() + " (position " + row.position()
                                + "), which this"
                                + " code's chain (head "
                                + session.head().id() + ") does not"
                                + " contain, and its history row holds no downgrade steps to revert it with: it was"
                                + " applied by an earlier version of Migrata or written by hand. Downgrade it with the code that applied it, or revert"
                                + " its schema changes by hand and rewrite the history with stamp --purge "
                                + (position == 0
                                        ? "base"
                                        : rows.get(position - 1).id()) + " (Migrator.stampPurge).");
            }
            recorded.put(row.id(), new RevisionSteps(row.id(), AppliedRevision.DOWN, steps.get()));
        }
        return recorded;
    }

    /** Loads the class of every recorded Java step, so that one that is missing refuses before anything runs. */
    private Map<String, DataMigration> loadJava(Map<String, RevisionSteps> recorded) {
        Map<String, DataMigration> loaded = new HashMap<>();
        for (RevisionSteps steps : recorded.values()) {
            for (MigrationStep step : steps.steps()) {
                if (step.isJava() && !loaded.containsKey(step.dataMigration())) {
                    loaded.put(step.dataMigration(), load(steps.revision(), step.dataMigration()));
                }
            }
        }
        return loaded;
    }

    private DataMigration load(String revision, String className) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class<?> type = Class.forName(className, true, loader != null ? loader : Migrator.class.getClassLoader());
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return (DataMigration) constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new MigrationException(
                    MigrationException.Reason.UNKNOWN_REVISION,
                    "Revision " + revision + " in " + session.database()
                            + ", which this code does not know, recorded a Java"
                            + " downgrade step, " + className + ", that cannot be run here (" + e + "). Downgrade it"
                            + " with the code that applied it, or revert it by hand and rewrite the history with"
                            + " stamp --purge (Migrator.stampPurge).",
                    e);
        }
    }
}
