package dev.migrata.cli;

/**
 * The {@code [FROM:]TO} argument of {@code upgrade --sql} and {@code downgrade --sql}, as Alembic
 * writes it ({@code alembic upgrade 001:head --sql}). Offline there is no database to ask where it
 * stands, so the start is given or defaults to base (upgrade) or head (downgrade).
 */
record RevisionRange(String from, String to) {

    static RevisionRange parse(String argument, String defaultFrom) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            return new RevisionRange(defaultFrom, argument);
        }
        return new RevisionRange(argument.substring(0, colon), argument.substring(colon + 1));
    }
}
