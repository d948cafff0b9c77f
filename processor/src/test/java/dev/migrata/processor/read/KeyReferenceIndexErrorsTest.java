package dev.migrata.processor.read;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors about primary keys, references and indexes: MIG3xx. */
class KeyReferenceIndexErrorsTest extends ProcessorTestSupport {

    @Test
    void primaryKeyUnknownColumn() {
        JavaFileObject source = schemaWithTables(
                "Membership.class",
                "@Table(primaryKey = {\"group_id\", \"userId\"})",
                "record Membership(long groupId, long userId) {}");
        assertError(
                source,
                "primaryKey = {",
                "[MIG301] @Table(primaryKey) of Membership names column 'userId', but table 'membership' has no such column. "
                        + "Its columns are: group_id, user_id",
                "@Table(primaryKey = {\"group_id\", \"user_id\"})");
    }

    @Test
    void primaryKeyDeclaredTwice() {
        JavaFileObject source = schemaWithTables(
                "Membership.class",
                "@Table(primaryKey = {\"group_id\", \"user_id\"})",
                "record Membership(@Column(primaryKey = true) long groupId, long userId) {}");
        assertError(
                source,
                "record Membership",
                "[MIG302] Membership declares its primary key twice, in @Table(primaryKey) and with @Column(primaryKey = true)");
    }

    @Test
    void severalColumnPrimaryKeys() {
        JavaFileObject source = schemaWithTables(
                "Membership.class",
                "@Table record Membership(@Column(primaryKey = true) long groupId,",
                "    @Column(primaryKey = true) long userId) {}");
        assertError(
                source,
                "long userId",
                "[MIG302] Membership declares its primary key with @Column(primaryKey = true) on several columns",
                "@Table(primaryKey = {\"group_id\", \"user_id\"})");
    }

    @Test
    void indexWithAMistypedColumnGivesAValidColumnAsTheExample() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table @Index(columns = {\"title\", \"emial\"})",
                "record Doc(@Column(primaryKey = true) long id, String title, String email) {}");
        Compilation compilation = assertError(
                source,
                "@Index(columns",
                "[MIG303] @Index(columns) on Doc names column 'emial', but table 'doc' has no such column. Its columns "
                        + "are: id, title, email. Use the column names as in the database, e.g. "
                        + "@Index(columns = {\"title\", \"email\"}).");
        String message = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertFalse(message.substring(message.indexOf("e.g.")).contains("emial"), "the example repeats the wrong name");
    }

    @Test
    void indexUnknownColumn() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table @Index(columns = {\"ownerId\"})",
                "record Doc(@Column(primaryKey = true) long id, long ownerId) {}");
        assertError(
                source,
                "@Index(columns",
                "[MIG303] @Index(columns) on Doc names column 'ownerId', but table 'doc' has no such column",
                "@Index(columns = {\"owner_id\"})");
    }

    @Test
    void indexWithoutColumns() {
        JavaFileObject source = schemaWithTables(
                "Doc.class", "@Table @Index(columns = {})", "record Doc(@Column(primaryKey = true) long id) {}");
        assertError(source, "@Index(columns", "[MIG304] @Index on Doc has neither columns nor an expression");
    }

    @Test
    void indexMethodUnknown() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table @Index(columns = \"title\", using = \"btre\")",
                "record Doc(@Column(primaryKey = true) long id, String title) {}");
        assertError(source, "using = \"btre\"", "[MIG305] @Index(using = \"btre\") on Doc is not an index method");
    }

    @Test
    void duplicateIndexName() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Note.class",
                "@Table @Index(name = \"ix_title\", columns = \"title\") record Doc(long id, String title) {}",
                "@Table @Index(name = \"ix_title\", columns = \"title\") record Note(long id, String title) {}");
        assertError(
                source,
                "record Note",
                "[MIG306] The name 'ix_title' is used twice (an index of doc and an index of note) in the default schema");
    }

    @Test
    void referenceToUnlistedClass() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table record Doc(long id,",
                "    @References(Owner.class) long ownerId) {}",
                "@Table record Owner(@Column(primaryKey = true) long id) {}");
        assertError(
                source,
                "@References(Owner.class)",
                "[MIG310] @References(Owner.class) on Doc.ownerId: Owner is not one of the @Table classes of @Schema App");
    }

    @Test
    void referenceToTableWithoutPrimaryKey() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Owner.class",
                "@Table record Doc(long id,",
                "    @References(Owner.class) long ownerId) {}",
                "@Table record Owner(long id) {}");
        assertError(
                source,
                "@References(Owner.class)",
                "[MIG311] @References(Owner.class) on Doc.ownerId: table 'owner' has no primary key to reference");
    }

    @Test
    void referenceUnknownColumn() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Owner.class",
                "@Table record Doc(long id,",
                "    @References(value = Owner.class, column = \"code\") String ownerCode) {}",
                "@Table record Owner(@Column(primaryKey = true) long id, String email) {}");
        assertError(
                source,
                "column = \"code\"",
                "[MIG312] @References(column = \"code\") on Doc.ownerCode: table 'owner' has no column 'code'. "
                        + "Its columns are: id, email.");
    }

    @Test
    void referenceToCompositeKey() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Membership.class",
                "@Table record Doc(long id,",
                "    @References(Membership.class) long membershipId) {}",
                "@Table(primaryKey = {\"group_id\", \"user_id\"}) record Membership(long groupId, long userId) {}");
        assertError(
                source,
                "@References(Membership.class)",
                "[MIG313] @References(Membership.class) on Doc.membershipId: table 'membership' has a composite primary key "
                        + "(group_id, user_id)");
    }

    @Test
    void referenceToNonUniqueColumn() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Owner.class",
                "@Table record Doc(long id,",
                "    @References(value = Owner.class, column = \"email\") String ownerEmail) {}",
                "@Table record Owner(@Column(primaryKey = true) long id, String email) {}");
        assertError(
                source,
                "column = \"email\"",
                "[MIG314] @References(column = \"email\") on Doc.ownerEmail: column 'email' of table 'owner' is neither its "
                        + "primary key nor unique");
    }

    @Test
    void referenceTypeMismatch() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Owner.class",
                "@Table record Doc(long id,",
                "    @References(Owner.class) long ownerId) {}",
                "@Table record Owner(@Column(primaryKey = true) UUID id) {}");
        assertError(
                source,
                "@References(Owner.class)",
                "[MIG315] Doc.ownerId is bigint but references owner.id, which is uuid",
                "@Column(type = \"uuid\")");
    }

    @Test
    void referenceToUniqueColumnIsFine() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Owner.class",
                "@Table record Doc(long id,",
                "    @References(value = Owner.class, column = \"email\") @Column(length = 100) String ownerEmail) {}",
                "@Table record Owner(@Column(primaryKey = true) long id, @Column(unique = true) String email) {}");
        com.google.testing.compile.CompilationSubject.assertThat(compile(source))
                .hadErrorCount(0);
    }

    @Test
    void explicitForeignKeyNameUsedTwice() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Note.class, Owner.class",
                "@Table record Doc(@Column(primaryKey = true) long id,",
                "    @References(value = Owner.class, name = \"owner_fk\") long ownerId) {}",
                "@Table record Note(@Column(primaryKey = true) long id,",
                "    @References(value = Owner.class, name = \"owner_fk\") long writerId) {}",
                "@Table record Owner(@Column(primaryKey = true) long id) {}");
        assertError(
                source,
                "long writerId",
                "[MIG317] The constraint name 'owner_fk' is used twice (the foreign key of doc.owner_id and the foreign key "
                        + "of note.writer_id) in the default schema",
                "@References(value = Owner.class, name = \"owner_fk_2\")");
    }

    @Test
    void explicitForeignKeyNameTakenByAPrimaryKey() {
        JavaFileObject source = schemaWithTables(
                "Owner.class, Doc.class",
                "@Table record Owner(@Column(primaryKey = true) long id) {}",
                "@Table record Doc(@Column(primaryKey = true) long id,",
                "    @References(value = Owner.class, name = \"pk_owner\") long ownerId) {}");
        assertError(
                source,
                "name = \"pk_owner\"",
                "[MIG317] The constraint name 'pk_owner' is used twice (the primary key of owner and the foreign key of "
                        + "doc.owner_id)");
    }

    @Test
    void explicitPrimaryKeyNameTakenByATable() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Note.class",
                "@Table record Doc(@Column(primaryKey = true) long id) {}",
                "@Table(primaryKeyName = \"doc\") record Note(@Column(primaryKey = true) long id) {}");
        assertError(
                source,
                "primaryKeyName = \"doc\"",
                "[MIG306] The name 'doc' is used twice (table doc and the primary key of note) in the default schema");
    }

    @Test
    void invalidExplicitConstraintNames() {
        JavaFileObject source = schemaWithTables(
                "Doc.class, Owner.class",
                "@Table record Doc(@Column(primaryKey = true) long id,",
                "    @References(value = Owner.class, name = \"owner fk\") long ownerId) {}",
                "@Table(primaryKeyName = \"owner-key\") record Owner(@Column(primaryKey = true) long id) {}");
        assertError(
                source,
                "name = \"owner fk\"",
                "[MIG206] The foreign key name 'owner fk' of Doc.ownerId is not a valid name",
                "@References(value = Owner.class, name = \"owner_fk\")");
        assertError(
                source,
                "primaryKeyName = \"owner-key\"",
                "[MIG206] The primary key name 'owner-key' of Owner is not a valid name",
                "@Table(primaryKeyName = \"owner_key\")");
    }
}
