package dev.migrata.schema.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When a statement runs within its revision, and which transaction it shares. On a table that holds
 * rows, the work that scans it is moved out of the revision's first transaction: a {@code VALIDATE
 * CONSTRAINT} in a transaction of its own no longer holds the locks the first one took, and an index
 * is built {@code CONCURRENTLY} outside any transaction. The stages run in the order of {@link
 * #UPGRADE} or {@link #DOWNGRADE}, each after the statements it depends on.
 */
enum Stage {
    /**
     * {@code ALTER TYPE … ADD VALUE}, first and outside any transaction, so the label is committed
     * before anything else of the revision runs: PostgreSQL 12+ accepts {@code ADD VALUE} in a
     * transaction block, but no statement may use the new label until that transaction commits
     * ("unsafe use of new value"), and a {@code BEFORE} step, a default or a later revision applied
     * in the same run may use it. {@code IF NOT EXISTS} makes the step re-runnable after a failure
     * later in the revision, and after a downgrade, which keeps the label.
     */
    ADD_ENUM_LABELS(Grouping.NONE),
    /** Indexes of tables that stay, dropped {@code CONCURRENTLY}, outside any transaction. */
    DROP_INDEXES_CONCURRENTLY(Grouping.NONE),
    /**
     * {@code CREATE EXTENSION IF NOT EXISTS}, first in the revision's first transaction: what the
     * other statements, hand-written ones included, may use.
     */
    CREATE_EXTENSIONS(Grouping.FIRST),
    /**
     * {@code CREATE TYPE … AS ENUM}, in the first transaction before the {@code BEFORE} steps and
     * the tables that may use the type (a type created in a transaction may be used in it).
     */
    CREATE_ENUM_TYPES(Grouping.FIRST),
    /** The {@code @Sql(phase = BEFORE)} steps, in the first transaction before the generated DDL. */
    HAND_WRITTEN_BEFORE(Grouping.FIRST),
    /** The generated DDL: the revision's first transaction. */
    TRANSACTION(Grouping.FIRST),
    /** The {@code @Sql} steps of phase {@code AFTER}, in the first transaction after the generated DDL. */
    HAND_WRITTEN(Grouping.FIRST),
    /** {@code DROP TYPE}, last in the first transaction: after the tables and columns, and the hand-written steps, that used it. */
    DROP_ENUM_TYPES(Grouping.FIRST),
    /** The {@code CHECK (c IS NOT NULL)} of each column made NOT NULL, validated in its own transaction. */
    VALIDATE_NOT_NULL(Grouping.EACH),
    /** {@code SET NOT NULL}, which the validated checks spare a scan, and the checks dropped. */
    SET_NOT_NULL(Grouping.SHARED),
    /** Each added CHECK, validated in its own transaction. */
    VALIDATE_CHECKS(Grouping.EACH),
    /** Indexes of existing tables, the unique indexes of new keys among them, built outside any transaction. */
    BUILD_INDEXES_CONCURRENTLY(Grouping.NONE),
    /**
     * Each new PRIMARY KEY and UNIQUE constraint of an existing table, made from its built index
     * ({@code USING INDEX}), right after the primary key it replaces is dropped; after {@link
     * #SET_NOT_NULL}, so a key's columns are already NOT NULL.
     */
    ATTACH_INDEXES(Grouping.SHARED),
    /** Foreign keys that reference a key attached in {@link #ATTACH_INDEXES}, which must exist first. */
    ADD_DEPENDENT_FOREIGN_KEYS(Grouping.SHARED),
    /** Each foreign key added to an existing table, validated in its own transaction. */
    VALIDATE_FOREIGN_KEYS(Grouping.EACH);

    /**
     * The upgrade: new enum labels, committed first; the extensions, the enum types, the {@code BEFORE} steps, the generated DDL and then the {@code AFTER} steps in
     * one transaction (the Java step follows them), then the work that scans existing tables.
     */
    static final List<Stage> UPGRADE = List.of(
            ADD_ENUM_LABELS,
            CREATE_EXTENSIONS,
            CREATE_ENUM_TYPES,
            HAND_WRITTEN_BEFORE,
            TRANSACTION,
            HAND_WRITTEN,
            DROP_ENUM_TYPES,
            VALIDATE_NOT_NULL,
            SET_NOT_NULL,
            VALIDATE_CHECKS,
            DROP_INDEXES_CONCURRENTLY,
            BUILD_INDEXES_CONCURRENTLY,
            ATTACH_INDEXES,
            ADD_DEPENDENT_FOREIGN_KEYS,
            VALIDATE_FOREIGN_KEYS);

    /**
     * The downgrade: it drops the indexes the upgrade built last first, then creates the extensions and types
     * the parent needs (a downgrade never drops one), then undoes the {@code AFTER}
     * steps while the upgrade's columns still exist, then the inverse DDL, then undoes the {@code
     * BEFORE} steps (the mirror of the upgrade), then the work that scans.
     */
    static final List<Stage> DOWNGRADE = List.of(
            DROP_INDEXES_CONCURRENTLY,
            ADD_ENUM_LABELS,
            CREATE_EXTENSIONS,
            CREATE_ENUM_TYPES,
            HAND_WRITTEN,
            TRANSACTION,
            HAND_WRITTEN_BEFORE,
            DROP_ENUM_TYPES,
            VALIDATE_NOT_NULL,
            SET_NOT_NULL,
            VALIDATE_CHECKS,
            BUILD_INDEXES_CONCURRENTLY,
            ATTACH_INDEXES,
            ADD_DEPENDENT_FOREIGN_KEYS,
            VALIDATE_FOREIGN_KEYS);

    /** Which transaction the statements of a stage share. */
    private enum Grouping {
        /** Outside any transaction. */
        NONE,
        /** The revision's first transaction, shared by every stage so marked. */
        FIRST,
        /** One transaction for all statements of the stage. */
        SHARED,
        /** A transaction for each statement. */
        EACH
    }

    private final Grouping grouping;

    Stage(Grouping grouping) {
        this.grouping = grouping;
    }

    /** Whether the stage's statements scan an existing table: the step a warning about the scan belongs to. */
    boolean scans() {
        return this == VALIDATE_NOT_NULL
                || this == VALIDATE_CHECKS
                || this == VALIDATE_FOREIGN_KEYS
                || this == BUILD_INDEXES_CONCURRENTLY;
    }

    /**
     * The statements in the order of {@code stages} (each stage's in the order given), each in its
     * transaction group: groups are numbered 1, 2, 3 … in the order they first appear, and
     * statements outside any transaction are in group {@link SqlStatement#NO_TRANSACTION}.
     */
    static List<SqlStatement> inOrder(List<StagedStatement> statements, List<Stage> stages) {
        Map<Object, Integer> groups = new HashMap<>();
        List<SqlStatement> out = new ArrayList<>();
        for (Stage stage : stages) {
            for (StagedStatement staged : statements) {
                if (staged.stage() != stage) {
                    continue;
                }
                if (!staged.statement().transactional()) {
                    // Already outside any transaction (a hand-written step of a non-transactional
                    // revision): it keeps that, and its re-runnable flag, which a group would drop.
                    out.add(staged.statement());
                    continue;
                }
                Object key = switch (stage.grouping) {
                    case NONE -> null;
                    case FIRST -> Grouping.FIRST;
                    case SHARED -> stage;
                    case EACH -> new Object();
                };
                int group =
                        key == null ? SqlStatement.NO_TRANSACTION : groups.computeIfAbsent(key, k -> groups.size() + 1);
                out.add(staged.statement().inGroup(group));
            }
        }
        return out;
    }
}
