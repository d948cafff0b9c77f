package dev.migrata.schema.sql;

import static dev.migrata.schema.sql.TestModels.col;
import static dev.migrata.schema.sql.TestModels.commented;
import static dev.migrata.schema.sql.TestModels.enumColumn;
import static dev.migrata.schema.sql.TestModels.identity;
import static dev.migrata.schema.sql.TestModels.notNull;
import static dev.migrata.schema.sql.TestModels.revision;
import static dev.migrata.schema.sql.TestModels.schema;
import static dev.migrata.schema.sql.TestModels.table;
import static dev.migrata.schema.sql.TestModels.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.testing.Goldens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Whole revisions, parent and target models to upgrade and downgrade SQL, compared with golden files. */
class RevisionScriptGeneratorTest {

    private static TableModel users() {
        return table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("email")
                .build();
    }

    private static TableModel orgs() {
        return table("orgs").columns(identity("id")).pk("id").build();
    }

    /** Users with an {@code org_id} column and one more, before their constraints. */
    private static TestModels.TableBuilder usersInOrgs(ColumnModel another) {
        return table("users")
                .columns(notNull("id", "uuid"), col("org_id", "bigint"), another)
                .pk("id");
    }

    /** {@link #users()} with a nullable {@code age} added. */
    private static TableModel usersWithAge() {
        return table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        col("age", "integer"))
                .pk("id")
                .unique("email")
                .build();
    }

    /** Users with a key, the {@code nick} given and a NOT NULL {@code email}. */
    private static TableModel usersWithNick(ColumnModel nick) {
        return table("users")
                .columns(notNull("id", "uuid"), nick, notNull("email", "text"))
                .pk("id")
                .build();
    }

    /** Generates, compares the rendering with the golden file, and returns the script. */
    private static RevisionScript golden(
            TestInfo info, SchemaModel parent, SchemaModel target, RevisionModel revision) {
        RevisionScript script = RevisionScriptGenerator.generate(parent, target, revision);
        Goldens.assertGolden(info, "script.sql", render(script));
        return script;
    }

    /**
     * The script as a reviewer reads it in the revision file: each statement under its step marker
     * with its transaction group (or non-transactional, re-runnable, the index it builds or drops),
     * the extension it creates and its lock line; its warnings above the marker.
     */
    static String render(RevisionScript script) {
        StringBuilder out = new StringBuilder("-- upgrade\n");
        renderStatements(out, script.upgrade());
        out.append("\n-- downgrade\n");
        renderStatements(out, script.downgrade());
        if (!script.problems().isEmpty()) {
            out.append("\n-- problems\n");
            for (Problem problem : script.problems()) {
                out.append(problem.text()).append('\n');
            }
        }
        return out.toString();
    }

    private static void renderStatements(StringBuilder out, List<SqlStatement> statements) {
        int step = 0;
        for (SqlStatement statement : statements) {
            for (String warning : statement.warnings()) {
                out.append("-- ").append(warning).append('\n');
            }
            List<String> facts = new ArrayList<>();
            if (statement.transactional()) {
                facts.add("transaction " + statement.group());
            } else {
                facts.add("non-transactional");
                if (statement.rerunnable()) {
                    facts.add("re-runnable");
                }
            }
            if (statement.index() != null) {
                facts.add("index " + statement.index());
            }
            if (statement.extension() != null) {
                facts.add("extension " + statement.extension());
            }
            out.append("-- step ")
                    .append(++step)
                    .append(" (")
                    .append(String.join(", ", facts))
                    .append(") locks: ")
                    .append(statement.lock())
                    .append('\n');
            out.append(statement.sql()).append(";\n");
        }
    }

    private static List<String> codes(RevisionScript script) {
        return script.problems().stream().map(p -> p.message().code()).toList();
    }

    @Test
    void freshSchema(TestInfo info) {
        TableModel orgs = table("orgs")
                .columns(identity("id"), notNull("name", "text"))
                .pk("id")
                .comment("Organisations, one per customer")
                .build();
        TableModel people = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        commented(col("full_name", "text"), "Display name; may be null"),
                        withDefault("created_at", "timestamptz", true, "now()"),
                        enumColumn("status", false, "ACTIVE", "BLOCKED"))
                .pk("id")
                .unique("email")
                .enumCheck("status", "ACTIVE", "BLOCKED")
                .build();
        TableModel memberships = table("memberships")
                .columns(
                        notNull("user_id", "uuid"),
                        notNull("org_id", "bigint"),
                        withDefault("role", "text", false, "'member'"))
                .pk("user_id", "org_id")
                .fk("user_id", "users", "id", "CASCADE")
                .fk("org_id", "orgs", "id", "RESTRICT")
                .build();
        TableModel documents = table("documents")
                .columns(
                        identity("id"),
                        notNull("owner_id", "uuid"),
                        notNull("title", "text"),
                        col("embedding", "vector(768)"),
                        col("created_at", "timestamptz"))
                .pk("id")
                .fk("owner_id", "users", "id", "CASCADE")
                .index("owner_id", "created_at")
                .hnsw("embedding", "vector_cosine_ops")
                .build();
        RevisionScript script = golden(
                info,
                SchemaModel.EMPTY,
                schema(orgs, people, memberships, documents),
                revision("001_initial").build());
        assertEquals(List.of(), script.problems());
        assertTrue(script.upgrade().get(0).sql().equals("CREATE EXTENSION IF NOT EXISTS vector"));
        assertTrue(script.upgrade().stream().allMatch(SqlStatement::transactional));
    }

    @Test
    void addNullableColumn(TestInfo info) {
        TableModel after = usersWithAge();
        RevisionScript script =
                golden(info, schema(users()), schema(after), revision("002").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void addNotNullColumnWithDefault(TestInfo info) {
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        withDefault("active", "boolean", false, "true"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script =
                golden(info, schema(users()), schema(after), revision("002").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void addNotNullColumnWithoutDefaultIsAnError() {
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        notNull("age", "integer"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()), schema(after), revision("002").build());
        assertTrue(script.hasErrors());
        assertEquals(List.of("MIG505"), codes(script));
        assertEquals(
                "[MIG505] Revision '002' adds column users.age (integer) as NOT NULL without a default: that fails on a "
                        + "table with rows. Give it a default (@Column(defaultValue = \"...\")), or add it nullable, fill it with an @Sql "
                        + "step and make it NOT NULL in a later revision.",
                script.problems().get(0).text());
    }

    @Test
    void renameColumn(TestInfo info) {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("full_name", "text"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = golden(
                info,
                schema(users()),
                schema(after),
                revision("002").renameColumn("users", "name", "full_name").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void renamedColumnWithoutDirectiveIsAnErrorWithBothAnnotations() {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("full_name", "text"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()), schema(after), revision("002").build());
        assertEquals(List.of("MIG504"), codes(script));
        String text = script.problems().get(0).text();
        assertTrue(text.contains("@RenameColumn(table = \"users\", from = \"name\", to = \"full_name\")"), text);
        assertTrue(text.contains("@DropColumn(table = \"users\", column = \"name\")"), text);
    }

    @Test
    void dropColumn(TestInfo info) {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = golden(
                info,
                schema(users()),
                schema(after),
                revision("002").dropColumn("users", "name").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void droppedColumnWithoutDirectiveIsAnError() {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()), schema(after), revision("002").build());
        assertEquals(List.of("MIG503"), codes(script));
        assertEquals(
                "[MIG503] Column users.name is in the parent revision but not in revision '002'. Migrata never guesses "
                        + "drops: if the column and its data are to be dropped, add to the @Revision:\n"
                        + "    @DropColumn(table = \"users\", column = \"name\")",
                script.problems().get(0).text());
    }

    @Test
    void renameTable(TestInfo info) {
        TableModel before = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"))
                .pk("id")
                .unique("email")
                .index("email")
                .build();
        TableModel after = table("accounts")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"))
                .pk("id")
                .unique("email")
                .index("email")
                .build();
        TableModel posts = table("posts")
                .columns(notNull("id", "bigint"), notNull("author_id", "uuid"))
                .pk("id")
                .fk("author_id", "users", "id", "CASCADE")
                .build();
        TableModel postsAfter = table("posts")
                .columns(notNull("id", "bigint"), notNull("author_id", "uuid"))
                .pk("id")
                .fk("author_id", "accounts", "id", "CASCADE")
                .build();
        RevisionScript script = golden(
                info,
                schema(before, posts),
                schema(after, postsAfter),
                revision("002").renameTable("users", "accounts").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void renamedTableWithoutDirectiveIsAnErrorWithBothAnnotations() {
        TableModel after = table("accounts")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()), schema(after), revision("002").build());
        assertEquals(List.of("MIG502"), codes(script));
        String text = script.problems().get(0).text();
        assertTrue(text.contains("@RenameTable(from = \"users\", to = \"accounts\")"), text);
        assertTrue(text.contains("@DropTable(table = \"users\")"), text);
    }

    @Test
    void dropTable(TestInfo info) {
        TableModel sessions = table("sessions")
                .columns(notNull("id", "uuid"), notNull("user_id", "uuid"), col("expires_at", "timestamptz"))
                .pk("id")
                .fk("user_id", "users", "id", "CASCADE")
                .index("expires_at")
                .build();
        RevisionScript script = golden(
                info,
                schema(users(), sessions),
                schema(users()),
                revision("002").dropTable("sessions").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void droppedTableWithoutDirectiveIsAnError() {
        TableModel sessions =
                table("sessions").columns(notNull("id", "uuid")).pk("id").build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users(), sessions), schema(users()), revision("002").build());
        assertEquals(List.of("MIG501"), codes(script));
        assertTrue(script.problems().get(0).text().endsWith("@DropTable(table = \"sessions\")"));
    }

    @Test
    void implicitTypeChanges(TestInfo info) {
        TableModel before = table("items")
                .columns(
                        notNull("id", "integer"),
                        col("code", "varchar(20)"),
                        col("price", "numeric(10,2)"),
                        col("seen_at", "timestamp"))
                .pk("id")
                .build();
        TableModel after = table("items")
                .columns(
                        notNull("id", "bigint"),
                        col("code", "varchar(40)"),
                        col("price", "numeric(12,2)"),
                        col("seen_at", "timestamptz"))
                .pk("id")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        // integer → bigint and timestamp → timestamptz rewrite; the others only change the catalog.
        assertEquals(List.of("MIG603", "MIG603"), codes(script));
        assertFalse(script.hasErrors());
    }

    @Test
    void typeChangeWithoutCastIsAnError() {
        TableModel before = table("items")
                .columns(notNull("id", "bigint"), col("qty", "text"))
                .pk("id")
                .build();
        TableModel after = table("items")
                .columns(notNull("id", "bigint"), col("qty", "integer"))
                .pk("id")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG506"), codes(script));
        assertTrue(
                script.problems()
                        .get(0)
                        .text()
                        .endsWith(
                                "@ChangeType(table = \"items\", column = \"qty\", using = \"qty::integer\", usingDown = \"qty::text\")"),
                script.problems().get(0).text());
    }

    @Test
    void typeChangeWithUsing(TestInfo info) {
        TableModel before = table("items")
                .columns(notNull("id", "bigint"), col("qty", "text"))
                .pk("id")
                .build();
        TableModel after = table("items")
                .columns(notNull("id", "bigint"), col("qty", "integer"))
                .pk("id")
                .build();
        RevisionScript script = golden(
                info,
                schema(before),
                schema(after),
                revision("002")
                        .changeType("items", "qty", "trim(qty)::integer", "qty::text")
                        .build());
        assertEquals(List.of("MIG603"), codes(script));
    }

    @Test
    void renameAndTypeChangeCompose(TestInfo info) {
        TableModel before = table("items")
                .columns(notNull("id", "bigint"), col("qty", "text"))
                .pk("id")
                .build();
        TableModel after = table("stock")
                .columns(notNull("id", "bigint"), col("quantity", "integer"))
                .pk("id")
                .build();
        RevisionScript script = golden(
                info,
                schema(before),
                schema(after),
                revision("002")
                        .renameTable("items", "stock")
                        .renameColumn("stock", "qty", "quantity")
                        .changeType("stock", "quantity", "quantity::integer", "quantity::text")
                        .build());
        assertFalse(script.hasErrors(), () -> script.problems().toString());
    }

    @Test
    void newTableWithForeignKeyToExistingTable(TestInfo info) {
        TableModel notes = table("notes")
                .columns(identity("id"), notNull("user_id", "uuid"), notNull("body", "text"))
                .pk("id")
                .fk("user_id", "users", "id", "CASCADE")
                .index("user_id")
                .build();
        RevisionScript script = golden(
                info, schema(users()), schema(users(), notes), revision("002").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void foreignKeyAddedToExistingTable(TestInfo info) {
        TableModel orgs = table("orgs").columns(identity("id")).pk("id").build();
        TableModel before = table("users")
                .columns(notNull("id", "uuid"), col("org_id", "bigint"))
                .pk("id")
                .build();
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), col("org_id", "bigint"))
                .pk("id")
                .fk("org_id", "orgs", "id", "SET NULL")
                .build();
        RevisionScript script = golden(
                info, schema(orgs, before), schema(orgs, after), revision("002").build());
        assertEquals(List.of("MIG601"), codes(script));
    }

    @Test
    void vectorColumnAndHnswIndexOnExistingTable(TestInfo info) {
        TableModel before = table("documents")
                .columns(identity("id"), notNull("title", "text"))
                .pk("id")
                .build();
        TableModel after = table("documents")
                .columns(identity("id"), notNull("title", "text"), col("embedding", "vector(3)"))
                .pk("id")
                .hnsw("embedding", "vector_cosine_ops")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of(), script.problems());
        assertEquals(
                "CREATE EXTENSION IF NOT EXISTS vector", script.upgrade().get(0).sql());
        SqlStatement index = script.upgrade().get(script.upgrade().size() - 1);
        assertFalse(index.transactional());
        assertEquals(
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding ON documents USING hnsw "
                        + "(embedding vector_cosine_ops) WITH (ef_construction = 64, m = 16)",
                index.sql());
    }

    @Test
    void ivfflatIndexOnHalfvec(TestInfo info) {
        TableModel before = table("images")
                .columns(identity("id"), col("features", "halfvec(512)"))
                .pk("id")
                .build();
        TableModel after = table("images")
                .columns(identity("id"), col("features", "halfvec(512)"))
                .pk("id")
                .index(new IndexModel(
                        "ix_images_features",
                        List.of("features"),
                        false,
                        "ivfflat",
                        "halfvec_l2_ops",
                        Map.of("lists", 100),
                        null))
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void enumConstantAdded(TestInfo info) {
        TableModel before = table("tickets")
                .columns(identity("id"), enumColumn("state", false, "OPEN", "CLOSED"))
                .pk("id")
                .enumCheck("state", "OPEN", "CLOSED")
                .build();
        TableModel after = table("tickets")
                .columns(identity("id"), enumColumn("state", false, "OPEN", "CLOSED", "ARCHIVED"))
                .pk("id")
                .enumCheck("state", "OPEN", "CLOSED", "ARCHIVED")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG609"), codes(script));
        assertTrue(script.problems().get(0).text().contains("adds ARCHIVED to the enum column tickets.state"));
    }

    @Test
    void enumConstantRemovedWarns(TestInfo info) {
        TableModel before = table("tickets")
                .columns(identity("id"), enumColumn("state", false, "OPEN", "CLOSED", "ARCHIVED"))
                .pk("id")
                .enumCheck("state", "OPEN", "CLOSED", "ARCHIVED")
                .build();
        TableModel after = table("tickets")
                .columns(identity("id"), enumColumn("state", false, "OPEN", "CLOSED"))
                .pk("id")
                .enumCheck("state", "OPEN", "CLOSED")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG604"), codes(script));
        assertFalse(script.hasErrors());
    }

    @Test
    void uniqueAddedAndDropped(TestInfo info) {
        TableModel before = table("users")
                .columns(notNull("id", "uuid"), col("email", "text"), col("handle", "text"))
                .pk("id")
                .unique("email")
                .build();
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), col("email", "text"), col("handle", "text"))
                .pk("id")
                .unique("handle")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG606"), codes(script));
    }

    @Test
    void checkChanged(TestInfo info) {
        TableModel before = table("items")
                .columns(identity("id"), col("price", "numeric(10,2)"))
                .pk("id")
                .check("price", "price >= 0")
                .build();
        TableModel after = table("items")
                .columns(identity("id"), col("price", "numeric(10,2)"))
                .pk("id")
                .check("price", "price > 0")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG605"), codes(script));
    }

    @Test
    void partialIndex(TestInfo info) {
        TableModel before = table("jobs")
                .columns(identity("id"), col("state", "text"), col("run_at", "timestamptz"))
                .pk("id")
                .build();
        TableModel after = table("jobs")
                .columns(identity("id"), col("state", "text"), col("run_at", "timestamptz"))
                .pk("id")
                .index(new IndexModel(
                        "ix_jobs_run_at", List.of("run_at"), false, "btree", null, Map.of(), "state = 'queued'"))
                .index(new IndexModel(
                        "ix_jobs_state", List.of("state"), true, "btree", null, Map.of(), "state <> 'done'"))
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG611"), codes(script));
    }

    @Test
    void sqlStepsRunAfterTheSchemaChangeAndUndoFirst(TestInfo info) {
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        col("domain", "text"))
                .pk("id")
                .unique("email")
                .index("domain")
                .build();
        RevisionScript script = golden(
                info,
                schema(users()),
                schema(after),
                revision("002")
                        .sql("UPDATE users SET domain = split_part(email, '@', 2);", "")
                        .sql(
                                "INSERT INTO audit (what) VALUES ('domains')  ;\n",
                                "DELETE FROM audit WHERE what = 'domains';")
                        .sql(
                                "UPDATE users SET name = email WHERE name IS NULL",
                                "UPDATE users SET name = NULL WHERE name = email")
                        .build());
        assertEquals(List.of(), script.problems());
    }

    /**
     * BEFORE steps run first in the first transaction, in declaration order, AFTER steps after the
     * DDL; the downgrade mirrors that: AFTER downs, inverse DDL, BEFORE downs (each phase reversed).
     * A newly listed extension comes before all of them.
     */
    @Test
    void beforeStepsRunAheadOfTheSchemaChangeAndUndoAfterIt(TestInfo info) {
        RevisionScript script = golden(
                info,
                schema(usersWithNick(col("nick", "text"))),
                new SchemaModel(List.of(usersWithNick(notNull("nick", "text"))), List.of("pg_trgm")),
                revision("002")
                        .sql("UPDATE audit SET done = true", "UPDATE audit SET done = false")
                        .sqlBefore("UPDATE users SET nick = email WHERE nick IS NULL", "UPDATE users SET nick = NULL")
                        .sqlBefore(
                                "INSERT INTO audit (what) VALUES ('nicks')", "DELETE FROM audit WHERE what = 'nicks'")
                        .build());
        List<String> upgrade = script.upgrade().stream().map(SqlStatement::sql).toList();
        assertEquals("CREATE EXTENSION IF NOT EXISTS pg_trgm", upgrade.get(0));
        assertEquals("UPDATE users SET nick = email WHERE nick IS NULL", upgrade.get(1));
        assertEquals("INSERT INTO audit (what) VALUES ('nicks')", upgrade.get(2));
        assertEquals("UPDATE audit SET done = true", upgrade.get(4));
        List<String> downgrade =
                script.downgrade().stream().map(SqlStatement::sql).toList();
        assertEquals(
                List.of(
                        "UPDATE audit SET done = false",
                        "ALTER TABLE users ALTER COLUMN nick DROP NOT NULL",
                        "DELETE FROM audit WHERE what = 'nicks'",
                        "UPDATE users SET nick = NULL"),
                downgrade);
    }

    /** In a non-transactional revision a BEFORE step runs first too, outside any transaction. */
    @Test
    void beforeStepOfANonTransactionalRevision(TestInfo info) {
        TableModel after = usersWithAge();
        RevisionScript script = golden(
                info,
                schema(users()),
                schema(after),
                revision("002")
                        .nonTransactional()
                        .sql("UPDATE users SET age = 0", "")
                        .sqlBefore("UPDATE users SET name = email WHERE name IS NULL", "")
                        .build());
        assertEquals(
                "UPDATE users SET name = email WHERE name IS NULL",
                script.upgrade().get(0).sql());
        assertTrue(script.upgrade().stream().noneMatch(SqlStatement::transactional));
    }

    @Test
    void nullabilityAndDefaultChanges(TestInfo info) {
        TableModel before = table("users")
                .columns(
                        notNull("id", "uuid"),
                        col("name", "text"),
                        notNull("email", "text"),
                        withDefault("plan", "text", true, "'free'"),
                        col("score", "integer"))
                .pk("id")
                .build();
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("name", "text"),
                        col("email", "text"),
                        col("plan", "text"),
                        withDefault("score", "integer", true, "0"))
                .pk("id")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG602"), codes(script));
    }

    @Test
    void nonTransactionalRevision(TestInfo info) {
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        col("age", "integer"))
                .pk("id")
                .unique("email")
                .index("age")
                .build();
        RevisionScript script = golden(
                info,
                schema(users()),
                schema(after),
                revision("002")
                        .nonTransactional()
                        .sql("UPDATE users SET age = 0", "")
                        .build());
        assertTrue(script.upgrade().stream().noneMatch(SqlStatement::transactional));
        assertTrue(script.downgrade().stream().noneMatch(SqlStatement::transactional));
    }

    @Test
    void longNamesAreShortened(TestInfo info) {
        String longTable = "customer_subscription_billing_history_entries";
        String longColumn = "external_payment_provider_reference_identifier";
        TableModel table = table(longTable)
                .columns(identity("id"), col(longColumn, "text"))
                .pk("id")
                .unique(longColumn)
                .index(longColumn)
                .build();
        RevisionScript script =
                golden(info, SchemaModel.EMPTY, schema(table), revision("001").build());
        String uniqueName = Names.unique(longTable, List.of(longColumn));
        assertEquals(63, uniqueName.length());
        assertTrue(script.upgrade().get(0).sql().contains("CONSTRAINT " + uniqueName + " UNIQUE"));
    }

    @Test
    void reservedWordsAreQuoted(TestInfo info) {
        TableModel user = table("user")
                .columns(identity("id"), col("order", "integer"), col("Mixed Case", "text"))
                .pk("id")
                .index("order")
                .build();
        TableModel group = table("group")
                .columns(identity("id"), notNull("user", "bigint"))
                .pk("id")
                .fk("user", "user", "id", "CASCADE")
                .build();
        golden(info, SchemaModel.EMPTY, schema(user, group), revision("001").build());
    }

    @Test
    void newTablesReferencingEachOtherInACycle(TestInfo info) {
        TableModel a = table("authors")
                .columns(identity("id"), col("best_book_id", "bigint"))
                .pk("id")
                .fk("best_book_id", "books", "id", "SET NULL")
                .build();
        TableModel b = table("books")
                .columns(identity("id"), notNull("author_id", "bigint"))
                .pk("id")
                .fk("author_id", "authors", "id", "CASCADE")
                .build();
        RevisionScript script =
                golden(info, SchemaModel.EMPTY, schema(a, b), revision("001").build());
        assertEquals(List.of(), script.problems());
    }

    @Test
    void directivesNamingUnknownThingsAreErrors() {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()),
                schema(after),
                revision("002")
                        .renameTable("people", "persons")
                        .renameColumn("users", "nick", "nickname")
                        .dropColumn("users", "name")
                        .dropTable("users")
                        .changeType("orders", "total", "total::bigint", "")
                        .build());
        assertEquals(List.of("MIG507", "MIG511", "MIG507", "MIG508", "MIG512"), codes(script));
    }

    @Test
    void changeTypeOnUnchangedColumnWarns() {
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()),
                schema(users()),
                revision("002").changeType("users", "name", "name::text", "").build());
        assertEquals(List.of("MIG607"), codes(script));
        assertEquals(List.of(), script.upgrade());
    }

    @Test
    void renameDirectivesMustPointAtDeclaredNames() {
        TableModel after = table("people")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()),
                schema(after),
                revision("002").renameTable("users", "persons").build());
        assertEquals(List.of("MIG509", "MIG502"), codes(script));

        RevisionScript columns = RevisionScriptGenerator.generate(
                schema(users()),
                schema(users()),
                revision("003")
                        .renameColumn("users", "name", "full_name")
                        .renameColumn("users", "email", "name")
                        .build());
        assertEquals(List.of("MIG510", "MIG513"), codes(columns));
        assertEquals(
                "[MIG510] @RenameColumn(table = \"users\", from = \"name\", to = \"full_name\"): table users declares "
                        + "no column full_name in revision '003'. Rename the field or @Column(name = \"full_name\"), or fix the "
                        + "directive's 'to'. Its columns: id, email, name",
                columns.problems().get(0).text());
    }

    @Test
    void twoDirectivesForOneColumnConflict() {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("full_name", "text"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()),
                schema(after),
                revision("002")
                        .renameColumn("users", "name", "full_name")
                        .dropColumn("users", "name")
                        .build());
        assertEquals(List.of("MIG514"), codes(script));
    }

    @Test
    void addingAColumnThatFillsEveryRowWarns() {
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        withDefault("token", "uuid", false, "gen_random_uuid()"),
                        withDefault("created_at", "timestamptz", false, "now()"),
                        identity("seq"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(users()), schema(after), revision("002").build());
        assertEquals(List.of("MIG608", "MIG608"), codes(script));
        assertTrue(script.problems().get(0).text().contains("users.token with the volatile default gen_random_uuid()"));
        assertTrue(script.problems().get(1).text().contains("users.seq as an identity column"));
    }

    @Test
    void droppedNotNullColumnComesBackNullableInTheDowngradeWithAWarning(TestInfo info) {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), col("name", "text"))
                .pk("id")
                .build();
        RevisionScript script = golden(
                info,
                schema(users()),
                schema(after),
                revision("002").dropColumn("users", "email").build());
        assertEquals(List.of("MIG610"), codes(script));
        assertFalse(script.hasErrors());
        SqlStatement restore = script.downgrade().get(0);
        assertEquals("ALTER TABLE users ADD COLUMN email varchar(255)", restore.sql());
        assertEquals(List.of(script.problems().get(0).text()), restore.warnings());
    }

    @Test
    void droppedNotNullColumnWithADefaultComesBackNotNull() {
        TableModel before = table("users")
                .columns(notNull("id", "uuid"), withDefault("plan", "text", false, "'free'"))
                .pk("id")
                .build();
        TableModel after =
                table("users").columns(notNull("id", "uuid")).pk("id").build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(before),
                schema(after),
                revision("002").dropColumn("users", "plan").build());
        assertEquals(List.of(), script.problems());
        assertEquals(
                "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free'",
                script.downgrade().get(0).sql());
    }

    @Test
    void setNotNullOnExistingColumns(TestInfo info) {
        TableModel before = table("users")
                .columns(notNull("id", "uuid"), col("name", "text"), col("email", "text"))
                .pk("id")
                .build();
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), notNull("name", "text"), notNull("email", "text"))
                .pk("id")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG602", "MIG602"), codes(script));
        assertEquals(
                List.of(1, 1, 2, 3, 4, 4, 4, 4),
                script.upgrade().stream().map(SqlStatement::group).toList());
    }

    @Test
    void primaryKeyAddedToExistingTableOverANullableColumn(TestInfo info) {
        TableModel before = table("codes")
                .columns(col("code", "text"), col("label", "text"))
                .build();
        TableModel after = table("codes")
                .columns(notNull("code", "text"), col("label", "text"))
                .pk("code")
                .build();
        RevisionScript script =
                golden(info, schema(before), schema(after), revision("002").build());
        assertEquals(List.of("MIG602", "MIG606"), codes(script));
    }

    @Test
    void primaryKeyReplacedOnExistingTableIsNeverMissing(TestInfo info) {
        Supplier<TestModels.TableBuilder> memberships =
                () -> table("memberships").columns(notNull("user_id", "uuid"), notNull("org", "text"));
        RevisionScript script = golden(
                info,
                schema(memberships.get().pk("user_id").build()),
                schema(memberships.get().pk("user_id", "org").build()),
                revision("002").build());
        assertEquals(List.of("MIG606"), codes(script));
        SqlStatement drop = script.upgrade().get(indexOf(script.upgrade(), "DROP CONSTRAINT pk_memberships"));
        SqlStatement attach = script.upgrade().get(indexOf(script.upgrade(), "USING INDEX pk_memberships_new"));
        assertEquals(attach.group(), drop.group(), "dropped in the transaction that attaches its successor");
        assertEquals("pk_memberships_new", script.upgrade().get(0).index());
    }

    @Test
    void addColumnWithAVolatileDefault(TestInfo info) {
        TableModel after = table("users")
                .columns(
                        notNull("id", "uuid"),
                        notNull("email", "varchar(255)"),
                        col("name", "text"),
                        withDefault("token", "uuid", false, "gen_random_uuid()"))
                .pk("id")
                .unique("email")
                .build();
        RevisionScript script =
                golden(info, schema(users()), schema(after), revision("002").build());
        assertEquals(List.of("MIG608"), codes(script));
        assertTrue(
                script.upgrade().get(0).lock().contains("rewrites it"),
                script.upgrade().get(0).lock());
    }

    @Test
    void twoForeignKeysAreValidatedInTwoGroups(TestInfo info) {
        TableModel before = usersInOrgs(col("manager_id", "uuid")).build();
        TableModel after = usersInOrgs(col("manager_id", "uuid"))
                .fk("org_id", "orgs", "id", "SET NULL")
                .fk("manager_id", "users", "id", "SET NULL")
                .build();
        RevisionScript script = golden(
                info,
                schema(orgs(), before),
                schema(orgs(), after),
                revision("002").build());
        assertEquals(List.of("MIG601", "MIG601"), codes(script));
        assertEquals(
                List.of(1, 1, 2, 3),
                script.upgrade().stream().map(SqlStatement::group).toList());
    }

    @Test
    void foreignKeysToAUniqueKeyAddedInTheSameRevisionWaitForIt(TestInfo info) {
        Supplier<TestModels.TableBuilder> users = () -> table("users")
                .columns(notNull("id", "uuid"), col("handle", "text"))
                .pk("id");
        Supplier<TestModels.TableBuilder> posts = () ->
                table("posts").columns(identity("id"), col("author", "text")).pk("id");
        TableModel mentions = table("mentions")
                .columns(identity("id"), notNull("handle", "text"))
                .pk("id")
                .fk("handle", "users", "handle", "CASCADE")
                .build();
        RevisionScript script = golden(
                info,
                schema(users.get().build(), posts.get().build()),
                schema(
                        users.get().unique("handle").build(),
                        posts.get().fk("author", "users", "handle", "NO ACTION").build(),
                        mentions),
                revision("002").build());
        assertEquals(List.of("MIG601", "MIG606"), codes(script));
    }

    @Test
    void nonTransactionalRevisionKeepsThePatternsInOrder(TestInfo info) {
        TableModel before = usersInOrgs(col("age", "integer")).build();
        TableModel after = usersInOrgs(col("age", "integer"))
                .check("age", "age >= 0")
                .fk("org_id", "orgs", "id", "CASCADE")
                .build();
        RevisionScript script = golden(
                info,
                schema(orgs(), before),
                schema(orgs(), after),
                revision("002").nonTransactional().build());
        assertTrue(script.upgrade().stream().noneMatch(SqlStatement::transactional));
        assertEquals(4, script.upgrade().size());
    }

    /** The later groups each come after what they need, whatever the order of the changes. */
    @Test
    void laterGroupsComeAfterWhatTheyDependOn() {
        TableModel before = table("users")
                .columns(col("id", "uuid"), col("org_id", "bigint"), col("age", "integer"))
                .build();
        TableModel after = usersInOrgs(col("age", "integer"))
                .check("age", "age >= 0")
                .fk("org_id", "orgs", "id", "CASCADE")
                .build();
        RevisionScript script = RevisionScriptGenerator.generate(
                schema(orgs(), before), schema(orgs(), after), revision("002").build());
        List<SqlStatement> up = script.upgrade();

        int addNotNullCheck = indexOf(up, "ADD CONSTRAINT ck_users_id_not_null CHECK");
        int validateNotNullCheck = indexOf(up, "VALIDATE CONSTRAINT ck_users_id_not_null");
        int setNotNull = indexOf(up, "ALTER COLUMN id SET NOT NULL");
        int buildKey = indexOf(up, "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS pk_users");
        int attachKey = indexOf(up, "ADD CONSTRAINT pk_users PRIMARY KEY USING INDEX pk_users");
        int addCheck = indexOf(up, "ADD CONSTRAINT ck_users_age CHECK (age >= 0) NOT VALID");
        int validateCheck = indexOf(up, "VALIDATE CONSTRAINT ck_users_age");
        int addForeignKey = indexOf(up, "ADD CONSTRAINT fk_users_org_id_orgs FOREIGN KEY");
        int validateForeignKey = indexOf(up, "VALIDATE CONSTRAINT fk_users_org_id_orgs");

        assertTrue(addNotNullCheck < validateNotNullCheck && validateNotNullCheck < setNotNull);
        assertTrue(setNotNull < attachKey, "a key's columns are NOT NULL before it is attached");
        assertTrue(buildKey < attachKey, "the index exists before the constraint uses it");
        assertTrue(addCheck < validateCheck && addForeignKey < validateForeignKey);
        // Each validation is in a later transaction than what it validates, and alone in it.
        for (int[] pair : new int[][] {
            {addNotNullCheck, validateNotNullCheck}, {addCheck, validateCheck}, {addForeignKey, validateForeignKey}
        }) {
            int validation = up.get(pair[1]).group();
            assertTrue(validation > up.get(pair[0]).group());
            assertEquals(1, up.stream().filter(s -> s.group() == validation).count());
        }
        assertTrue(up.get(setNotNull).group() > up.get(validateNotNullCheck).group());
        assertEquals(SqlStatement.NO_TRANSACTION, up.get(buildKey).group());
        assertTrue(up.get(attachKey).group() > up.get(setNotNull).group());
    }

    /** Jobs with a {@code status} of the enum type {@code job_status}. */
    private static SchemaModel jobs(String... labels) {
        TableModel jobs = table("jobs")
                .columns(notNull("id", "bigint"), notNull("status", "job_status"))
                .pk("id")
                .build();
        return new SchemaModel(List.of(jobs), List.of(), List.of(new EnumTypeModel("job_status", List.of(labels))));
    }

    @Test
    void enumTypeCreatedBeforeAndDroppedAfterItsTable(TestInfo info) {
        RevisionScript script = golden(
                info,
                SchemaModel.EMPTY,
                jobs("queued", "parliament-period"),
                revision("001").build());
        assertEquals(List.of(), script.problems());
        List<SqlStatement> up = script.upgrade();
        assertTrue(indexOf(up, "CREATE TYPE job_status") < indexOf(up, "CREATE TABLE jobs"));
        List<SqlStatement> down = script.downgrade();
        assertTrue(indexOf(down, "DROP TABLE jobs") < indexOf(down, "DROP TYPE job_status"));
    }

    @Test
    void enumLabelsAddedFirstInTheMiddleAndAtTheEnd(TestInfo info) {
        RevisionScript script = golden(
                info,
                jobs("queued", "done"),
                jobs("new", "queued", "running", "done", "failed"),
                revision("002").build());
        assertEquals(List.of("MIG228", "MIG228", "MIG228"), codes(script));
        List<SqlStatement> up = script.upgrade();
        assertEquals(
                List.of(
                        "ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'new' BEFORE 'queued'",
                        "ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'running' AFTER 'queued'",
                        "ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'failed'"),
                up.stream().map(SqlStatement::sql).toList());
        assertTrue(
                up.stream().allMatch(s -> s.group() == SqlStatement.NO_TRANSACTION && s.rerunnable()), up.toString());
        assertEquals(List.of(), script.downgrade());
    }

    @Test
    void enumLabelAddedBeforeTheRevisionsTransaction() {
        TableModel withDefault = table("jobs")
                .columns(notNull("id", "bigint"), withDefault("status", "job_status", false, "'running'"))
                .pk("id")
                .build();
        SchemaModel target = new SchemaModel(
                List.of(withDefault),
                List.of(),
                List.of(new EnumTypeModel("job_status", List.of("queued", "running"))));
        RevisionScript script = RevisionScriptGenerator.generate(
                jobs("queued"), target, revision("002").build());
        List<SqlStatement> up = script.upgrade();
        int add = indexOf(up, "ADD VALUE IF NOT EXISTS 'running'");
        int setDefault = indexOf(up, "SET DEFAULT 'running'");
        assertTrue(add < setDefault);
        assertEquals(SqlStatement.NO_TRANSACTION, up.get(add).group());
        assertEquals(1, up.get(setDefault).group());
    }

    @Test
    void removedOrReorderedEnumLabelsAreErrors() {
        assertEquals(
                List.of("MIG226"),
                codes(RevisionScriptGenerator.generate(
                        jobs("queued", "done"), jobs("queued"), revision("002").build())));
        assertEquals(
                List.of("MIG227"),
                codes(RevisionScriptGenerator.generate(
                        jobs("queued", "done"),
                        jobs("done", "queued"),
                        revision("002").build())));
    }

    private static int indexOf(List<SqlStatement> statements, String fragment) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).sql().contains(fragment)) {
                return i;
            }
        }
        throw new AssertionError("no statement contains '" + fragment + "': " + statements);
    }
}
