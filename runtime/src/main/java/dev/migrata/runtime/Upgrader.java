package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies pending revisions in chain order on a connection that holds the migration lock, first
 * finishing a revision whose upgrade was interrupted; or says, as a {@link MigrationPlan}, what it
 * would run. Everything unsafe is refused before the first write.
 */
final class Upgrader {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final ChainSession session;

    Upgrader(ChainSession session) {
        this.session = session;
    }

    /**
     * Upgrades to the target; {@code state} was read and validated for writing under the migration
     * lock.
     *
     * @param absoluteLevel the target's level, or {@code null} for a relative target
     * @param appliers creates the applier, once there is work
     * @return the ids of the revisions applied or finished, in order
     */
    List<String> run(
            AppliedState state, Integer absoluteLevel, String target, RevisionTable.Work<RevisionApplier> appliers)
            throws SQLException {
        UpgradeWork work = upgradeWork(state, absoluteLevel, target);
        if (work.ahead()) {
            LOG.log(
                    Level.WARNING,
                    "{0} is at revision {1}, ahead of this code''s head {2}; continuing without migrating",
                    session.database(),
                    state.aheadOfChain().get(state.aheadOfChain().size() - 1).id(),
                    session.head().id());
            return List.of();
        }
        Optional<AppliedRevision> dirty = work.dirty();
        List<String> applied = new ArrayList<>();
        // Every revision in range is applied and recorded, also one without SQL (only Java, or empty).
        if (dirty.isEmpty() && work.to() == work.from()) {
            return applied;
        }
        List<MigrationStep> steps = new ArrayList<>();
        session.revisions()
                .subList(work.from(), work.to())
                .forEach(m -> steps.addAll(RevisionSteps.upgrade(m).steps()));
        boolean tableMissing = state.rows().isEmpty() && !RevisionTable.exists(session.connection());
        if (tableMissing || !steps.isEmpty()) {
            Preflight.requireCreateOnSchema(session.connection(), session.database());
            Preflight.requireExtensions(session.connection(), steps, session.database());
        }
        if (tableMissing) {
            RevisionTable.boundedUpdate(
                    session.connection(),
                    session.lockTimeout(),
                    session.database(),
                    () -> RevisionTable.create(session.connection()));
        } else {
            RevisionTable.addMissingColumns(session.connection(), session.lockTimeout(), session.database());
        }
        RevisionApplier applier = appliers.run();
        if (dirty.isPresent()) {
            Migration revision = session.revisions().get(dirty.get().position() - 1);
            long millis = applier.resume(dirty.get(), revision);
            LOG.log(
                    Level.INFO,
                    "Finished dirty revision {0}, {1} ({2} ms)",
                    revision.id(),
                    revision.message(),
                    String.valueOf(millis));
            applied.add(revision.id());
        }
        for (int position = work.from() + 1; position <= work.to(); position++) {
            Migration revision = session.revisions().get(position - 1);
            String parent = session.targets().describe(position - 1);
            long millis = applier.upgrade(position, revision, parent);
            LOG.log(
                    Level.INFO,
                    "Running upgrade {0} -> {1}, {2} ({3} ms)",
                    parent,
                    revision.id(),
                    revision.message(),
                    String.valueOf(millis));
            applied.add(revision.id());
        }
        return applied;
    }

    /** What {@link #run} would do, as a plan; nothing is written. */
    MigrationPlan plan(AppliedState state, Integer absoluteLevel, String target) {
        UpgradeWork work = upgradeWork(state, absoluteLevel, target);
        List<MigrationPlan.Revision> planned = new ArrayList<>();
        if (!work.ahead()) {
            work.dirty().ifPresent(row -> {
                Migration revision = session.revisions().get(row.position() - 1);
                RevisionSteps steps = RevisionSteps.upgrade(revision);
                planned.add(MigrationPlan.revision(
                        revision, steps, StepProgress.of(row, steps).remaining(), true));
            });
            for (Migration revision : session.revisions().subList(work.from(), work.to())) {
                RevisionSteps steps = RevisionSteps.upgrade(revision);
                planned.add(MigrationPlan.revision(revision, steps, steps.all(), false));
            }
        }
        return new MigrationPlan(state.newest().map(AppliedRevision::id).orElse(null), planned);
    }

    /**
     * What an upgrade to the target does on a database in {@code state}.
     *
     * @param from the level it starts at
     * @param to the target level
     * @param dirty the revision whose interrupted upgrade it finishes first
     * @param ahead whether the database is past this code's head (allowed), so nothing is done
     */
    private record UpgradeWork(int from, int to, Optional<AppliedRevision> dirty, boolean ahead) {}

    /** Resolves the target against {@code state} and refuses what upgrade refuses, before anything runs. */
    private UpgradeWork upgradeWork(AppliedState state, Integer absoluteLevel, String target) {
        if (!state.aheadOfChain().isEmpty()) {
            return new UpgradeWork(state.level(), state.level(), Optional.empty(), true);
        }
        int level = absoluteLevel != null ? absoluteLevel : session.targets().level(target, state.level());
        if (level < state.level()) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_TARGET,
                    "Upgrade target " + session.targets().describe(level) + " is below the current revision "
                            + session.targets().describe(state.level()) + " of " + session.database()
                            + "; use downgrade.");
        }
        Optional<AppliedRevision> dirty = state.dirtyRow();
        if (dirty.isPresent() && AppliedRevision.DOWN.equals(dirty.get().pendingDirection())) {
            throw dirty.get()
                    .dirtyRefusal(
                            session.database(),
                            "Finish it with downgrade to "
                                    + session.targets().describe(dirty.get().position() - 1)
                                    + " (or lower), then upgrade.");
        }
        return new UpgradeWork(state.level(), level, dirty, false);
    }
}
