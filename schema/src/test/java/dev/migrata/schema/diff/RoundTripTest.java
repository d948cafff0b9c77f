package dev.migrata.schema.diff;

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

import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For a range of revisions: the upgrade's changes, played in order, lead from the parent to the
 * target, and the downgrade's lead back; and every upgrade change has its inverse in the downgrade.
 */
class RoundTripTest {

    private static TableModel users() {
        return table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("email")
                .index("name")
                .build();
    }

    private static TableModel posts(String usersTable) {
        return table("posts")
                .columns(identity("id"), notNull("author_id", "uuid"), col("body", "text"))
                .pk("id")
                .fk("author_id", usersTable, "id", "CASCADE")
                .index("author_id")
                .build();
    }

    static Stream<Arguments> revisions() {
        TableModel usersRenamedColumn = table("users")
                .columns(notNull("id", "uuid"), notNull("email", "varchar(255)"), col("full_name", "text"))
                .pk("id")
                .unique("email")
                .index(new IndexModel("ix_users_name", List.of("full_name"), false, "btree", null, Map.of(), null))
                .build();
        TableModel accounts = table("accounts")
                .columns(notNull("id", "uuid"), notNull("login", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("login")
                .index("name")
                .build();
        TableModel usersEvolved = table("users")
                .columns(
                        notNull("id", "uuid"),
                        col("email", "text"),
                        notNull("name", "text"),
                        withDefault("plan", "text", false, "'free'"),
                        commented(col("bio", "text"), "About me"))
                .pk("id")
                .unique("name")
                .index("email")
                .comment("People")
                .build();
        TableModel tickets = table("tickets")
                .columns(identity("id"), enumColumn("state", false, "OPEN", "CLOSED", "ARCHIVED"))
                .pk("id")
                .enumCheck("state", "OPEN", "CLOSED", "ARCHIVED")
                .build();
        TableModel ticketsFewer = table("tickets")
                .columns(identity("id"), enumColumn("state", false, "OPEN", "CLOSED"))
                .pk("id")
                .enumCheck("state", "OPEN", "CLOSED")
                .build();
        TableModel authors = table("authors")
                .columns(identity("id"), col("best_book_id", "bigint"))
                .pk("id")
                .fk("best_book_id", "books", "id", "SET NULL")
                .build();
        TableModel books = table("books")
                .columns(identity("id"), notNull("author_id", "bigint"))
                .pk("id")
                .fk("author_id", "authors", "id", "CASCADE")
                .build();
        TableModel documents = table("documents")
                .columns(identity("id"), col("title", "text"))
                .pk("id")
                .build();
        TableModel documentsWithVectors = table("documents")
                .columns(identity("id"), col("title", "text"), col("embedding", "vector(3)"))
                .pk("id")
                .hnsw("embedding", "vector_l2_ops")
                .build();
        TableModel counters = table("counters")
                .columns(notNull("id", "integer"), col("n", "integer"), col("code", "text"))
                .pk("id")
                .build();
        TableModel countersChanged = table("counters")
                .columns(
                        new ColumnModel("id", "bigint", false, true, null, null, List.of()),
                        col("n", "bigint"),
                        col("code", "varchar(10)"))
                .pk("id")
                .build();
        TableModel membership = table("memberships")
                .columns(notNull("user_id", "uuid"), notNull("org", "text"))
                .pk("user_id")
                .build();
        TableModel membershipComposite = table("memberships")
                .columns(notNull("user_id", "uuid"), notNull("org", "text"))
                .pk("user_id", "org")
                .build();
        TableModel jobs = table("jobs")
                .columns(identity("id"), col("state", "text"))
                .pk("id")
                .index(new IndexModel("ix_jobs_state", List.of("state"), false, "btree", null, Map.of(), null))
                .build();
        TableModel jobsPartial = table("jobs")
                .columns(identity("id"), col("state", "text"))
                .pk("id")
                .index(new IndexModel(
                        "ix_jobs_state", List.of("state"), false, "btree", null, Map.of(), "state <> 'done'"))
                .build();

        return Stream.of(
                Arguments.of(
                        "fresh schema",
                        SchemaModel.EMPTY,
                        schema(users(), posts("users")),
                        revision("1").build()),
                Arguments.of(
                        "rename column with an index",
                        schema(users()),
                        schema(usersRenamedColumn),
                        revision("2").renameColumn("users", "name", "full_name").build()),
                Arguments.of(
                        "rename table referenced by another",
                        schema(users(), posts("users")),
                        schema(
                                table("accounts")
                                        .columns(
                                                notNull("id", "uuid"),
                                                notNull("email", "varchar(255)"),
                                                col("name", "text"))
                                        .pk("id")
                                        .unique("email")
                                        .index("name")
                                        .build(),
                                posts("accounts")),
                        revision("3").renameTable("users", "accounts").build()),
                Arguments.of(
                        "rename table and column together",
                        schema(users()),
                        schema(accounts),
                        revision("4")
                                .renameTable("users", "accounts")
                                .renameColumn("accounts", "email", "login")
                                .build()),
                Arguments.of(
                        "drop a referenced table and its referrer",
                        schema(users(), posts("users")),
                        SchemaModel.EMPTY,
                        revision("5").dropTable("users").dropTable("posts").build()),
                Arguments.of(
                        "columns, constraints, comments",
                        schema(users()),
                        schema(usersEvolved),
                        revision("6").build()),
                Arguments.of(
                        "enum constant removed",
                        schema(tickets),
                        schema(ticketsFewer),
                        revision("7").build()),
                Arguments.of(
                        "tables in a cycle",
                        SchemaModel.EMPTY,
                        schema(authors, books),
                        revision("8").build()),
                Arguments.of(
                        "vectors on an existing table",
                        schema(documents),
                        schema(documentsWithVectors),
                        revision("9").build()),
                Arguments.of(
                        "types and identity",
                        schema(counters),
                        schema(countersChanged),
                        revision("10")
                                .changeType("counters", "code", "left(code, 10)", "")
                                .build()),
                Arguments.of(
                        "primary key widened",
                        schema(membership),
                        schema(membershipComposite),
                        revision("11").build()),
                Arguments.of(
                        "index redefined under the same name",
                        schema(jobs),
                        schema(jobsPartial),
                        revision("12").build()),
                Arguments.of(
                        "drop column with directive",
                        schema(usersEvolved),
                        schema(table("users")
                                .columns(
                                        notNull("id", "uuid"),
                                        col("email", "text"),
                                        notNull("name", "text"),
                                        withDefault("plan", "text", false, "'free'"))
                                .pk("id")
                                .unique("name")
                                .index("email")
                                .comment("People")
                                .build()),
                        revision("13").dropColumn("users", "bio").build()),
                Arguments.of(
                        "a new key and a new table that references it",
                        schema(table("users")
                                .columns(notNull("id", "uuid"), col("handle", "text"))
                                .pk("id")
                                .build()),
                        schema(
                                table("users")
                                        .columns(notNull("id", "uuid"), col("handle", "text"))
                                        .pk("id")
                                        .unique("handle")
                                        .build(),
                                table("mentions")
                                        .columns(identity("id"), notNull("handle", "text"))
                                        .pk("id")
                                        .fk("handle", "users", "handle", "CASCADE")
                                        .build()),
                        revision("15").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void upgradeReachesTheTargetAndDowngradeComesBack(
            String name, SchemaModel parent, SchemaModel target, RevisionModel revision) {
        ExplicitChanges explicit = ExplicitChanges.of(revision);
        DiffResult up = SchemaDiffer.diff(parent, target, explicit, Direction.UPGRADE);
        assertFalse(up.hasErrors(), () -> up.problems().toString());
        assertEquals(ModelApplier.normalized(target), ModelApplier.apply(parent, up.changes()));

        DiffResult down = SchemaDiffer.diff(target, parent, explicit.inverted(), Direction.DOWNGRADE);
        assertEquals(List.of(), down.problems());
        assertEquals(ModelApplier.normalized(parent), ModelApplier.apply(target, down.changes()));
    }

    @Test
    void aDroppedNotNullColumnWithoutDefaultComesBackNullable() {
        TableModel after = table("users")
                .columns(notNull("id", "uuid"), col("name", "text"))
                .pk("id")
                .index("name")
                .build();
        RevisionModel revision = revision("14").dropColumn("users", "email").build();
        ExplicitChanges explicit = ExplicitChanges.of(revision);
        DiffResult down = SchemaDiffer.diff(schema(after), schema(users()), explicit.inverted(), Direction.DOWNGRADE);

        assertEquals(
                List.of("MIG610"),
                down.problems().stream().map(p -> p.message().code()).toList());
        TableModel nullableEmail = table("users")
                .columns(notNull("id", "uuid"), col("email", "varchar(255)"), col("name", "text"))
                .pk("id")
                .unique("email")
                .index("name")
                .build();
        assertEquals(ModelApplier.normalized(schema(nullableEmail)), ModelApplier.apply(schema(after), down.changes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisions")
    void everyUpgradeChangeHasItsInverseInTheDowngrade(
            String name, SchemaModel parent, SchemaModel target, RevisionModel revision) {
        ExplicitChanges explicit = ExplicitChanges.of(revision);
        List<Change> up =
                SchemaDiffer.diff(parent, target, explicit, Direction.UPGRADE).changes();
        List<Change> down = SchemaDiffer.diff(target, parent, explicit.inverted(), Direction.DOWNGRADE)
                .changes();
        for (Change change : up) {
            if (change instanceof Change.CreateExtension) {
                continue; // never dropped: other schemas of the database may use it
            }
            if (goesWithItsTableOrColumn(change, down)) {
                continue;
            }
            Class<?> inverse = inverseKind(change);
            assertTrue(
                    down.stream().anyMatch(inverse::isInstance),
                    () -> "no " + inverse.getSimpleName() + " in the downgrade for '" + change.describe() + "': "
                            + down);
        }
    }

    /** An index or comment of a new table or column is undone by dropping that table or column. */
    private static boolean goesWithItsTableOrColumn(Change change, List<Change> down) {
        String table = null;
        String column = null;
        if (change instanceof Change.CreateIndex c) {
            table = c.table();
        } else if (change instanceof Change.SetTableComment c) {
            table = c.table();
        } else if (change instanceof Change.SetColumnComment c) {
            table = c.table();
            column = c.column();
        }
        if (table == null) {
            return false;
        }
        String t = table;
        String col = column;
        return down.stream()
                .anyMatch(
                        d -> (d instanceof Change.DropTable drop && drop.table().equals(t))
                                || (col != null
                                        && d instanceof Change.DropColumn dropped
                                        && dropped.table().equals(t)
                                        && dropped.column().equals(col)));
    }

    private static Class<?> inverseKind(Change change) {
        Map<Class<?>, Class<?>> pairs = Map.ofEntries(
                Map.entry(Change.CreateTable.class, Change.DropTable.class),
                Map.entry(Change.DropTable.class, Change.CreateTable.class),
                Map.entry(Change.RenameTable.class, Change.RenameTable.class),
                Map.entry(Change.AddColumn.class, Change.DropColumn.class),
                Map.entry(Change.DropColumn.class, Change.AddColumn.class),
                Map.entry(Change.RenameColumn.class, Change.RenameColumn.class),
                Map.entry(Change.AlterColumnType.class, Change.AlterColumnType.class),
                Map.entry(Change.SetNotNull.class, Change.DropNotNull.class),
                Map.entry(Change.DropNotNull.class, Change.SetNotNull.class),
                Map.entry(Change.AddIdentity.class, Change.DropIdentity.class),
                Map.entry(Change.DropIdentity.class, Change.AddIdentity.class),
                Map.entry(Change.AddPrimaryKey.class, Change.DropPrimaryKey.class),
                Map.entry(Change.DropPrimaryKey.class, Change.AddPrimaryKey.class),
                Map.entry(Change.AddUnique.class, Change.DropUnique.class),
                Map.entry(Change.DropUnique.class, Change.AddUnique.class),
                Map.entry(Change.AddCheck.class, Change.DropCheck.class),
                Map.entry(Change.DropCheck.class, Change.AddCheck.class),
                Map.entry(Change.AddForeignKey.class, Change.DropForeignKey.class),
                Map.entry(Change.DropForeignKey.class, Change.AddForeignKey.class),
                Map.entry(Change.RenameConstraint.class, Change.RenameConstraint.class),
                Map.entry(Change.CreateIndex.class, Change.DropIndex.class),
                Map.entry(Change.DropIndex.class, Change.CreateIndex.class),
                Map.entry(Change.RenameIndex.class, Change.RenameIndex.class));
        if (change instanceof Change.SetDefault || change instanceof Change.DropDefault) {
            return Change.class; // back to the old default, whichever statement that takes
        }
        if (change instanceof Change.SetTableComment || change instanceof Change.SetColumnComment) {
            return change.getClass();
        }
        return pairs.get(change.getClass());
    }
}
