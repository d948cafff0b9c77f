package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Changes the history table without running any revision's SQL, on a connection that holds the
 * migration lock: {@code stamp} records a revision as the database's, {@code stamp --purge} rewrites
 * the history to exactly the chain up to a revision whatever it held, and {@code repair} records the
 * compiled checksums of applied revisions that were regenerated.
 */
final class HistoryRepair {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final ChainSession session;

    HistoryRepair(ChainSession session) {
        this.session = session;
    }

    /** Records {@code target} as the database's revision; {@code state} was validated for writing. */
    void stamp(AppliedState state, String target) throws SQLException {
        if (!state.aheadOfChain().isEmpty()) {
            throw new MigrationException(
                    MigrationException.Reason.UNKNOWN_REVISION,
                    session.database() + " holds revisions this code does not know ("
                            + state.aheadOfChain().stream()
                                    .map(AppliedRevision::id)
                                    .collect(Collectors.joining(", "))
                            + "); stamp it with the code that applied them, or rewrite the history to this code's"
                            + " chain with stamp --purge (Migrator.stampPurge).");
        }
        int level = session.targets().level(target, state.level());
        prepareTable();
        RevisionTable.boundedUpdate(session.connection(), session.lockTimeout(), session.database(), () -> {
            for (int position = state.level() + 1; position <= level; position++) {
                insert(position);
            }
            for (int position = state.level(); position > level; position--) {
                RevisionTable.delete(
                        session.connection(),
                        session.revisions().get(position - 1).id());
            }
            Optional<AppliedRevision> dirty = state.dirtyRow();
            if (dirty.isPresent() && level >= dirty.get().position()) {
                RevisionTable.markComplete(session.connection(), dirty.get().id(), 0);
            }
        });
        LOG.log(
                Level.INFO,
                "Stamped {0} -> {1}",
                session.targets().describe(state.level()),
                session.targets().describe(level));
    }

    /**
     * Rewrites the history to exactly the chain's revisions up to {@code level}: rows that are not
     * the chain's revision at their position with its checksums, or are dirty, are deleted, and the
     * missing ones recorded. Rows that already match keep when and by whom they were applied.
     */
    void purge(List<AppliedRevision> rows, int level) throws SQLException {
        prepareTable();
        List<String> removed = new ArrayList<>();
        List<String> recorded = new ArrayList<>();
        RevisionTable.boundedUpdate(session.connection(), session.lockTimeout(), session.database(), () -> {
            boolean[] kept = new boolean[level + 1];
            for (AppliedRevision row : rows) {
                int position = row.position();
                if (position >= 1
                        && position <= level
                        && !kept[position]
                        && matches(row, session.revisions().get(position - 1))) {
                    kept[position] = true;
                } else {
                    RevisionTable.delete(session.connection(), row.id());
                    removed.add(row.id());
                }
            }
            for (int position = 1; position <= level; position++) {
                if (!kept[position]) {
                    insert(position);
                    recorded.add(session.revisions().get(position - 1).id());
                }
            }
        });
        LOG.log(
                Level.INFO,
                "Stamped with purge: the history of {0} is now the chain up to {1}; removed {2}; recorded {3}",
                session.database(),
                session.targets().describe(level),
                removed.isEmpty() ? "nothing" : String.join(", ", removed),
                recorded.isEmpty() ? "nothing" : String.join(", ", recorded));
    }

    /** The applied revisions of the chain whose recorded checksums differ from the compiled ones. */
    static List<ChecksumChange> changes(AppliedState state, List<Migration> revisions) {
        List<ChecksumChange> changes = new ArrayList<>();
        for (int i = 0; i < state.level(); i++) {
            AppliedRevision row = state.rows().get(i);
            Migration revision = revisions.get(i);
            if (!revision.checksum().equals(row.checksum())
                    || !revision.chainChecksum().equals(row.chainChecksum())) {
                changes.add(new ChecksumChange(
                        row.id(),
                        row.position(),
                        row.checksum(),
                        revision.checksum(),
                        row.chainChecksum(),
                        revision.chainChecksum()));
            }
        }
        return changes;
    }

    /**
     * Records the compiled checksums, and downgrade steps, of every changed revision; {@code state}
     * was validated for a repair.
     *
     * @return what changed, in chain order
     * @throws MigrationException {@code DIRTY} when the revision whose checksum changed is dirty: its
     *     progress counts steps of the revision as it was
     */
    List<ChecksumChange> repair(AppliedState state) throws SQLException {
        List<ChecksumChange> changes = changes(state, session.revisions());
        Optional<AppliedRevision> dirty = state.dirtyRow();
        for (ChecksumChange change : changes) {
            if (change.checksumChanged()
                    && dirty.isPresent()
                    && dirty.get().id().equals(change.id())) {
                throw new MigrationException(
                        MigrationException.Reason.DIRTY,
                        "Revision " + change.id() + " in " + session.database()
                                + " is dirty and its checksum changed: its"
                                + " progress counts the steps of the revision as it was applied, so repair cannot"
                                + " keep it. Finish or undo it by hand, then rewrite the history with stamp --purge"
                                + " (Migrator.stampPurge).");
            }
        }
        if (changes.isEmpty()) {
            return changes;
        }
        RevisionTable.addMissingColumns(session.connection(), session.lockTimeout(), session.database());
        RevisionTable.boundedUpdate(session.connection(), session.lockTimeout(), session.database(), () -> {
            for (ChecksumChange change : changes) {
                Migration revision = session.revisions().get(change.position() - 1);
                RevisionTable.recordChecksums(session.connection(), revision, RevisionSteps.downgrade(revision));
            }
        });
        changes.forEach(change -> LOG.log(Level.INFO, "Repaired {0}", change));
        return changes;
    }

    private static boolean matches(AppliedRevision row, Migration revision) {
        return !row.dirty()
                && row.id().equals(revision.id())
                && row.checksum().equals(revision.checksum())
                && row.chainChecksum().equals(revision.chainChecksum());
    }

    /** Creates the history table, or adds the columns this version writes to one of the previous version. */
    private void prepareTable() throws SQLException {
        if (RevisionTable.exists(session.connection())) {
            RevisionTable.addMissingColumns(session.connection(), session.lockTimeout(), session.database());
            return;
        }
        Preflight.requireCreateOnSchema(session.connection(), session.database());
        RevisionTable.boundedUpdate(
                session.connection(),
                session.lockTimeout(),
                session.database(),
                () -> RevisionTable.create(session.connection()));
    }

    private void insert(int position) throws SQLException {
        Migration revision = session.revisions().get(position - 1);
        RevisionTable.insert(
                session.connection(), position, revision, 0, null, null, RevisionSteps.downgrade(revision));
    }
}
