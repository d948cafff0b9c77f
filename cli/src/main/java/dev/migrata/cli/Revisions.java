package dev.migrata.cli;

/** Naming revisions the way Alembic prints them. */
final class Revisions {

    static final String BASE = "<base>";

    private Revisions() {}
}
