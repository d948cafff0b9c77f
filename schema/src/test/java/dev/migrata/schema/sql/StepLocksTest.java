package dev.migrata.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The lock line of each kind of statement, pinned: the levels are PostgreSQL 15's (each was also
 * observed in {@code pg_locks} inside an open transaction), the costs what the statement does.
 */
class StepLocksTest {

    private final StepLocks locks = new StepLocks(Set.of("notes", "authors", "books"));

    @Test
    void createExtensionLocksNoTable() {
        assertEquals(
                "no table locks; creates the extension's objects if missing, nothing waits", locks.createExtension());
    }

    @Test
    void createTableOnItsOwnMakesNothingElseWait() {
        assertEquals("ACCESS EXCLUSIVE on notes; new table, nothing else waits", locks.createTable("notes", List.of()));
        assertEquals(
                "ACCESS EXCLUSIVE on authors, SHARE ROW EXCLUSIVE on books; new tables, nothing else waits",
                locks.createTable("authors", List.of("books")));
    }

    @Test
    void createTableReferencingAnExistingTableLocksItAsAForeignKeyDoes() {
        assertEquals(
                "ACCESS EXCLUSIVE on notes, SHARE ROW EXCLUSIVE on users, briefly; no rewrite, no scan",
                locks.createTable("notes", List.of("users")));
    }

    @Test
    void dropTableLocksTheTablesItReferences() {
        assertEquals(
                "ACCESS EXCLUSIVE on sessions, ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan",
                locks.dropTable("sessions", List.of("users", "sessions")));
    }

    @Test
    void catalogOnlyAlterTableIsBriefAccessExclusive() {
        assertEquals("ACCESS EXCLUSIVE on app.users, briefly; no rewrite, no scan", locks.alterTable("app.users"));
    }

    @Test
    void aRewriteMakesReadsAndWritesWait() {
        assertEquals(
                "ACCESS EXCLUSIVE on users; rewrites it and its indexes, reads and writes wait",
                locks.rewrite("users"));
    }

    @Test
    void addForeignKeyLocksBothTables() {
        assertEquals(
                "SHARE ROW EXCLUSIVE on users, SHARE ROW EXCLUSIVE on orgs, briefly; no rewrite, no scan",
                locks.addForeignKey("users", "orgs"));
        assertEquals(
                "SHARE ROW EXCLUSIVE on authors, SHARE ROW EXCLUSIVE on books; new tables, nothing else waits",
                locks.addForeignKey("authors", "books"));
        assertEquals(
                "SHARE ROW EXCLUSIVE on users, briefly; no rewrite, no scan", locks.addForeignKey("users", "users"));
    }

    @Test
    void dropForeignKeyLocksBothTablesExclusively() {
        assertEquals(
                "ACCESS EXCLUSIVE on users, ACCESS EXCLUSIVE on orgs, briefly; no rewrite, no scan",
                locks.dropForeignKey("users", "orgs"));
    }

    @Test
    void validationScansWhileWritesContinue() {
        assertEquals("SHARE UPDATE EXCLUSIVE on users; scans users, writes continue", locks.validateCheck("users"));
        assertEquals(
                "SHARE UPDATE EXCLUSIVE on users, ROW SHARE on orgs; scans users, writes continue",
                locks.validateForeignKey("users", "orgs"));
    }

    @Test
    void commentsAndIndexRenamesTakeShareUpdateExclusive() {
        assertEquals("SHARE UPDATE EXCLUSIVE on users, briefly; no rewrite, no scan", locks.comment("users"));
        assertEquals("SHARE UPDATE EXCLUSIVE on notes; new table, nothing else waits", locks.comment("notes"));
        assertEquals(
                "SHARE UPDATE EXCLUSIVE on index ix_users_name, briefly; no rewrite, no scan",
                locks.renameIndex("ix_users_name"));
    }

    @Test
    void plainIndexBuildStopsWritesUnlessTheTableIsNew() {
        assertEquals("SHARE on notes; new table, nothing else waits", locks.createIndex("notes"));
        assertEquals("SHARE on users; scans users, writes wait", locks.createIndex("users"));
    }

    @Test
    void concurrentIndexWorkLetsWritesContinue() {
        assertEquals(
                "SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits for older transactions",
                locks.createIndexConcurrently("users"));
        assertEquals(
                "SHARE UPDATE EXCLUSIVE on users; no scan, writes continue, waits for older transactions",
                locks.dropIndexConcurrently("users"));
        assertEquals("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan", locks.dropIndex("users"));
    }

    @Test
    void aQuotedNameWithALineBreakStaysOnOneLine() {
        assertEquals(
                "ACCESS EXCLUSIVE on \"odd name\", briefly; no rewrite, no scan", locks.alterTable("\"odd\nname\""));
    }

    @Test
    void viewsLockThemselvesAndReadTheirRelationsUnderAccessShare() {
        assertEquals(
                "ACCESS EXCLUSIVE on new view v, ACCESS SHARE on the relations it reads, briefly; no rewrite, no scan",
                locks.createView("v"));
        assertEquals(
                "ACCESS EXCLUSIVE on new materialized view m, ACCESS SHARE on the relations it reads; runs its query"
                        + " once, writes continue",
                locks.createMaterializedView("m"));
        assertEquals(
                "ACCESS EXCLUSIVE on view v, no table locks, briefly; no rewrite, no scan",
                locks.dropView("view", "v"));
        assertEquals(
                "ACCESS EXCLUSIVE on materialized view m, no table locks, briefly; no rewrite, no scan",
                locks.dropView("materialized view", "m"));
    }

    @Test
    void functionsLockNoTable() {
        assertEquals("no table locks; new function f, nothing else waits", locks.createFunction("f", false));
        assertEquals(
                "ACCESS EXCLUSIVE on function f, no table locks, briefly; no rewrite, no scan",
                locks.createFunction("f", true));
        assertEquals(
                "ACCESS EXCLUSIVE on function f, no table locks, briefly; no rewrite, no scan",
                locks.dropFunction("f"));
    }

    @Test
    void triggersLockTheirTable() {
        assertEquals("SHARE ROW EXCLUSIVE on users, briefly; no rewrite, no scan", locks.createTrigger("users"));
        assertEquals("SHARE ROW EXCLUSIVE on notes; new table, nothing else waits", locks.createTrigger("notes"));
        assertEquals("ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan", locks.dropTrigger("users"));
    }
}
