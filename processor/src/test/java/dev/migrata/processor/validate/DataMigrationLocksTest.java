package dev.migrata.processor.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.processor.SchemaFixtures;
import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.sql.SqlStatement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataMigrationLocksTest {

    private static final SchemaModel BEFORE = SchemaFixtures.usersAndDocuments();
    /** The documents table dropped: an existing table changed. */
    private static final SchemaModel AFTER = new SchemaModel(
            BEFORE.tables().stream().filter(t -> !t.name().equals("documents")).toList());

    private static final List<SqlStatement> UPGRADE = List.of(
            new SqlStatement("DROP TABLE documents", true)
                    .withLock("ACCESS EXCLUSIVE on documents; reads and writes wait"),
            new SqlStatement("UPDATE users SET note = NULL", true),
            new SqlStatement("ALTER TABLE users VALIDATE CONSTRAINT ck_users_status", true)
                    .inGroup(2)
                    .withLock("SHARE UPDATE EXCLUSIVE on users; scans it"));

    @Test
    void namesTheTablesAndTheLocksOfTheFirstTransaction() {
        Problem problem = check(true, BEFORE, UPGRADE).orElseThrow();
        assertEquals(Message.DATA_MIGRATION_HOLDS_LOCKS, problem.message());
        // Only group 1's lock lines: the Java step runs before transaction 2 starts.
        assertTrue(
                problem.text()
                        .startsWith("[MIG620] Revision '004_prune' runs app.Revisions.Prune#upgrade in its first"
                                + " transaction, after statements that change existing tables (documents): it holds"
                                + " their locks (ACCESS EXCLUSIVE on documents) for as long as it runs"),
                problem.text());
        assertTrue(
                problem.text().contains("@Revision(id = \"<new id>\", parent = Prune.class)")
                        && problem.text()
                                .endsWith("then delete lab/004_prune.sql and lab/004_prune.schema.json"
                                        + " so that '004_prune' is written again without it."),
                problem.text());
    }

    @Test
    void saysNothingWithoutJavaOrWithoutChangesToExistingTablesInTheFirstTransaction() {
        assertEquals(Optional.empty(), check(false, BEFORE, UPGRADE));
        // Every table is new.
        assertEquals(Optional.empty(), check(true, SchemaModel.EMPTY, UPGRADE));
        // Nothing in transaction 1: the Java step runs in a transaction of its own.
        assertEquals(
                Optional.empty(),
                check(true, BEFORE, List.of(UPGRADE.get(2), UPGRADE.get(0).nonTransactional())));
    }

    private static Optional<Problem> check(boolean java, SchemaModel parent, List<SqlStatement> upgrade) {
        RevisionModel revision = SchemaFixtures.revision("app.Revisions.Prune", "004_prune", "003", "", java);
        return DataMigrationLocks.check(
                revision, Origin.NONE, parent, AFTER, upgrade, "lab/004_prune.sql", "lab/004_prune.schema.json");
    }
}
