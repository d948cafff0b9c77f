package dev.migrata.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The chain of N revisions every tool applies: the same statements, one per revision, in the same
 * order. A table is created, then grows by a column, an index and another column, so the chain looks
 * like an application's history rather than N copies of one statement.
 */
final class SyntheticRevisions {

    /**
     * One revision.
     *
     * @param number 1-based position; Flyway's version, Liquibase's changeset order
     * @param id the id Migrata and Liquibase store
     * @param up the upgrade statement, without a trailing semicolon
     * @param down the statement that undoes it (Migrata checksums cover it)
     */
    record Revision(int number, String id, String up, String down) {}

    private SyntheticRevisions() {}

    static List<Revision> of(int count) {
        List<Revision> revisions = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            int table = (i - 1) / 4 + 1;
            String name = String.format("t_%04d", table);
            String up;
            String down;
            switch ((i - 1) % 4) {
                case 0:
                    up = "CREATE TABLE " + name + " (id bigint PRIMARY KEY, name text NOT NULL, "
                            + "created_at timestamptz NOT NULL DEFAULT now())";
                    down = "DROP TABLE " + name;
                    break;
                case 1:
                    up = "ALTER TABLE " + name + " ADD COLUMN qty integer NOT NULL DEFAULT 0";
                    down = "ALTER TABLE " + name + " DROP COLUMN qty";
                    break;
                case 2:
                    up = "CREATE INDEX ix_" + name + "_name ON " + name + " (name)";
                    down = "DROP INDEX ix_" + name + "_name";
                    break;
                default:
                    up = "ALTER TABLE " + name + " ADD COLUMN note varchar(200)";
                    down = "ALTER TABLE " + name + " DROP COLUMN note";
                    break;
            }
            revisions.add(new Revision(i, String.format("r%04d", i), up, down));
        }
        return List.copyOf(revisions);
    }
}
