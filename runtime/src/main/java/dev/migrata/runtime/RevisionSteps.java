package dev.migrata.runtime;

import dev.migrata.runtime.internal.RevisionFile;
import dev.migrata.runtime.internal.RevisionResourceException;
import java.util.ArrayList;
import java.util.List;

/**
 * The steps of one revision in one direction, in the order they run, numbered as its {@code .sql}
 * file numbers them: maximal runs of consecutive steps of the same group above 0 are one
 * transaction, each group-0 step runs alone.
 *
 * <p>A revision compiled before Java steps were listed has a {@link Migration#dataMigration()} and
 * no {@link MigrationStep#isJava()} step; its Java code keeps the place it always had, made a step
 * here: on upgrade after the steps of its first transaction, on downgrade before its first
 * transactional step.
 *
 * <p>A class compiled before steps had groups keeps the order that runtime ran its steps in: its
 * transactional steps in one transaction, and the others after them on upgrade, before them on
 * downgrade, whatever their order in the list (see {@link #compiledBeforeGroups}).
 *
 * @param revision the revision's id, for messages
 * @param direction {@link AppliedRevision#UP} or {@link AppliedRevision#DOWN}
 * @param steps the steps, Java step included
 */
record RevisionSteps(String revision, String direction, List<MigrationStep> steps) {

    RevisionSteps {
        steps = List.copyOf(steps);
    }

    /** The upgrade steps of {@code revision}. */
    static RevisionSteps upgrade(Migration revision) {
        List<MigrationStep> steps = inTheirOrder(compiled(revision, true), true);
        String data = unlistedDataMigration(revision, steps);
        if (data != null) {
            int first = firstTransactional(steps);
            int at = first;
            while (at < steps.size()
                    && first < steps.size()
                    && steps.get(at).group() == steps.get(first).group()) {
                at++;
            }
            int group = first < steps.size() ? steps.get(first).group() : 1;
            steps.add(first < steps.size() ? at : 0, MigrationStep.java(group, data));
        }
        return new RevisionSteps(revision.id(), AppliedRevision.UP, steps);
    }

    /** The downgrade steps of {@code revision}, as this code compiled them. */
    static RevisionSteps downgrade(Migration revision) {
        List<MigrationStep> steps = inTheirOrder(compiled(revision, false), false);
        String data = unlistedDataMigration(revision, steps);
        if (data != null) {
            int first = firstTransactional(steps);
            int group = first < steps.size() ? steps.get(first).group() : 1;
            steps.add(first, MigrationStep.java(group, data));
        }
        return new RevisionSteps(revision.id(), AppliedRevision.DOWN, steps);
    }

    /**
     * The revision's steps in one direction, as its chain compiled them; a revision file on the class
     * path that is missing or not the compiled one is refused as a {@code CHECKSUM_MISMATCH}.
     */
    private static List<MigrationStep> compiled(Migration revision, boolean upgrade) {
        try {
            return upgrade ? revision.upgradeSteps() : revision.downgradeSteps();
        } catch (RevisionResourceException e) {
            throw new MigrationException(MigrationException.Reason.CHECKSUM_MISMATCH, e.getMessage(), e);
        }
    }

    /**
     * The compiled steps in the order they run: the list's order, except for a list compiled before
     * steps had groups, which runs its transactional steps first on upgrade and last on downgrade.
     */
    private static List<MigrationStep> inTheirOrder(List<MigrationStep> compiled, boolean upgrade) {
        List<MigrationStep> steps = new ArrayList<>();
        if (!compiledBeforeGroups(compiled)) {
            steps.addAll(compiled);
            return steps;
        }
        for (boolean transactional : upgrade ? new boolean[] {true, false} : new boolean[] {false, true}) {
            compiled.stream()
                    .filter(step -> step.transactional() == transactional)
                    .forEach(steps::add);
        }
        return steps;
    }

    /**
     * Whether {@code steps} were compiled before steps had groups (by {@code new MigrationStep(sql,
     * transactional[, rerunnable])} or the factories of that time): no group above 1, no Java step,
     * and none of the facts the processor now states, an index on every concurrent build or drop and
     * a lock on every statement. A list written since is already in the order it runs, and one that
     * puts a transactional step before a step outside any transaction (the downgrade's rebuild of an
     * index dropped by the upgrade, after the columns it covers are back) states that step's index.
     */
    static boolean compiledBeforeGroups(List<MigrationStep> steps) {
        return steps.stream()
                .allMatch(step -> step.group() <= 1
                        && !step.isJava()
                        && step.index() == null
                        && step.extension() == null
                        && step.lock() == null);
    }

    private static String unlistedDataMigration(Migration revision, List<MigrationStep> steps) {
        if (revision.dataMigration().isEmpty() || steps.stream().anyMatch(MigrationStep::isJava)) {
            return null;
        }
        return revision.dataMigration().get().getClass().getName();
    }

    private static int firstTransactional(List<MigrationStep> steps) {
        int i = 0;
        while (i < steps.size() && !steps.get(i).transactional()) {
            i++;
        }
        return i;
    }

    int size() {
        return steps.size();
    }

    MigrationStep get(int index) {
        return steps.get(index);
    }

    /** Every step, from the first. */
    List<Integer> all() {
        return from(0);
    }

    /** The steps from {@code first} on. */
    List<Integer> from(int first) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = first; i < steps.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    /** How many group-0 steps come before step {@code index}: what {@code pending_step} counted. */
    int nonTransactionalBefore(int index) {
        int count = 0;
        for (int i = 0; i < index && i < steps.size(); i++) {
            if (!steps.get(i).transactional()) {
                count++;
            }
        }
        return count;
    }

    /** The indexes of the group-0 steps, in order. */
    List<Integer> nonTransactional() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).transactional()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    /**
     * The units {@code indexes} run as: consecutive entries of one group above 0 share a transaction,
     * a group-0 step is a unit of its own.
     */
    List<Unit> units(List<Integer> indexes) {
        List<Unit> units = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int currentGroup = -1;
        for (int index : indexes) {
            int group = steps.get(index).group();
            if (!current.isEmpty() && (group == MigrationStep.NO_TRANSACTION || group != currentGroup)) {
                units.add(new Unit(currentGroup, current));
                current = new ArrayList<>();
            }
            current.add(index);
            currentGroup = group;
        }
        if (!current.isEmpty()) {
            units.add(new Unit(currentGroup, current));
        }
        return units;
    }

    /** Step {@code index} as {@link #describe(int, MigrationStep, String)} names it. */
    String describe(int index) {
        return describe(index + 1, steps.get(index), direction);
    }

    /**
     * {@code step N (transaction G) locks: …}: the step's header line of its {@code .sql} file,
     * without the comment marker, as {@code plan} prints it.
     */
    static String describe(int number, MigrationStep step, String direction) {
        String header = RevisionFile.stepHeader(number, step, direction + "grade");
        return step.isJava() || step.lock() != null ? header : header + " locks: not stated";
    }

    /**
     * Steps that run together: one transaction group, or one group-0 step.
     *
     * @param group the steps' group; {@link MigrationStep#NO_TRANSACTION} for a step run alone
     * @param indexes the steps, in order
     */
    record Unit(int group, List<Integer> indexes) {

        Unit {
            indexes = List.copyOf(indexes);
        }

        boolean transactional() {
            return group != MigrationStep.NO_TRANSACTION;
        }

        int first() {
            return indexes.get(0);
        }
    }
}
