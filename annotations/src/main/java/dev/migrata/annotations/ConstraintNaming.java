package dev.migrata.annotations;

/**
 * How constraints without an explicit name are named ({@link Schema#naming()}). Index names are not
 * affected: {@code ix_<table>_<columns>} unless {@link Index#name()} or {@link VectorIndex#name()}.
 */
public enum ConstraintNaming {

    /**
     * Migrata's names: {@code pk_<table>}, {@code uq_<table>_<columns>},
     * {@code fk_<table>_<columns>_<referenced table>}, {@code ck_<table>_<column>}; a name over 63
     * bytes is cut and ends in a short hash of the whole name.
     */
    MIGRATA,

    /**
     * The names PostgreSQL chooses for a constraint declared without a name: {@code <table>_pkey},
     * {@code <table>_<columns>_key}, {@code <table>_<columns>_fkey}, {@code <table>_<column>_check},
     * cut to 63 bytes and numbered on collision ({@code _key1}) exactly as the server does. Use it for
     * a database built by Alembic/SQLAlchemy without a naming convention, or by DDL without
     * constraint names, so that its constraints match the model name for name.
     */
    POSTGRESQL
}
