package dev.migrata.schema.diff;

/**
 * The order in which changes run. Constraints that go are dropped before anything is renamed (so
 * they are named as in the parent), foreign keys before the keys they reference; constraints are
 * added after every column exists, primary and unique keys before the foreign keys that may
 * reference them; tables are dropped last. Index builds on existing tables run outside the
 * transaction, after it.
 */
enum Phase {
    EXTENSION,
    // Declared objects that go or change are dropped first, while every table and column is still
    // as the database has it: views (dependents first), then triggers, then the functions they used.
    DROP_VIEWS,
    DROP_TRIGGERS,
    DROP_FUNCTIONS,
    // Enum types exist before the tables that use them and go after them.
    CREATE_ENUM_TYPES,
    ADD_ENUM_LABELS,
    DROP_FOREIGN_KEYS,
    DROP_CONSTRAINTS,
    // Downgrade only: a type change is undone before the renames are, so @ChangeType's usingDown
    // names the column as the directive does (as in the revision), like its using.
    ALTER_TYPES_BEFORE_RENAMES,
    RENAME_TABLES,
    RENAME_COLUMNS,
    RENAME_CONSTRAINTS,
    CREATE_TABLES,
    // PostgreSQL cannot change a generation expression: such a column is dropped here and added
    // again under the same name with the other columns.
    DROP_RECREATED_COLUMNS,
    ADD_COLUMNS,
    ALTER_TYPES,
    // An identity column cannot lose NOT NULL, and a column with a default cannot become identity:
    // identities are dropped before nullability changes and added after defaults.
    DROP_IDENTITIES,
    NULLABILITY,
    DEFAULTS,
    ADD_IDENTITIES,
    ADD_PRIMARY_KEYS,
    ADD_UNIQUES,
    ADD_CHECKS,
    ADD_FOREIGN_KEYS,
    COMMENTS,
    DROP_COLUMNS,
    DROP_TABLES,
    // Declared objects are created once every table and column they read exists: functions before
    // the views and triggers that use them.
    CREATE_FUNCTIONS,
    CREATE_VIEWS,
    CREATE_TRIGGERS,
    DROP_ENUM_TYPES,
    CREATE_INDEXES,
    DROP_INDEXES_CONCURRENTLY,
    CREATE_INDEXES_CONCURRENTLY
}
