package dev.migrata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text form of the head schema that generated chain classes embed: written and read back exactly. */
class SchemaDefinitionTextTest {

    private static final SchemaDefinition USERS_AND_DOCUMENTS = new SchemaDefinition(List.of(
            new SchemaDefinition.Table(
                    "",
                    "users",
                    List.of(
                            new SchemaDefinition.Column("id", "bigint", false, null, true),
                            new SchemaDefinition.Column("email", "character varying(255)", false, null, false),
                            new SchemaDefinition.Column(
                                    "created_at", "timestamp with time zone", true, "now()", false)),
                    List.of("id"),
                    List.of(
                            new SchemaDefinition.Index("ix_users_email_lower", true, "btree", List.of("email")),
                            new SchemaDefinition.Index(
                                    "ix_users_recent",
                                    false,
                                    "btree",
                                    List.of("created_at"),
                                    null,
                                    Map.of(),
                                    "created_at > '2026-01-01'")),
                    List.of(
                            new SchemaDefinition.Constraint("pk_users", SchemaDefinition.Kind.PRIMARY_KEY),
                            new SchemaDefinition.Constraint("uq_users_email", SchemaDefinition.Kind.UNIQUE))),
            new SchemaDefinition.Table(
                    "lab",
                    "documents",
                    List.of(
                            new SchemaDefinition.Column("user_id", "bigint", false, null, false),
                            new SchemaDefinition.Column("position", "integer", false, "0", false),
                            new SchemaDefinition.Column("embedding", "vector(768)", true, null, false)),
                    List.of("user_id", "position"),
                    List.of(new SchemaDefinition.Index(
                            "ix_documents_embedding",
                            false,
                            "hnsw",
                            List.of("embedding"),
                            "vector_cosine_ops",
                            Map.of("m", "16", "ef_construction", "64"),
                            null)),
                    List.of(
                            new SchemaDefinition.Constraint("ck_documents_position", SchemaDefinition.Kind.CHECK),
                            new SchemaDefinition.Constraint("fk_documents_legacy", SchemaDefinition.Kind.FOREIGN_KEY),
                            new SchemaDefinition.Constraint(
                                    "fk_documents_user",
                                    SchemaDefinition.Kind.FOREIGN_KEY,
                                    new SchemaDefinition.ForeignKey(
                                            List.of("user_id"), "", "users", List.of("id"), "CASCADE", "NO ACTION")),
                            new SchemaDefinition.Constraint("pk_documents", SchemaDefinition.Kind.PRIMARY_KEY)))));

    @Test
    void writesOneReadableLinePerElement() {
        assertEquals("""
                table "" "users"
                column "id" "bigint" not null identity
                column "email" "character varying(255)" not null
                column "created_at" "timestamp with time zone" default "now()"
                primary key "id"
                unique index "ix_users_email_lower" "btree" "email"
                index "ix_users_recent" "btree" "created_at" where "created_at > '2026-01-01'"
                constraint "pk_users" primary key
                constraint "uq_users_email" unique
                table "lab" "documents"
                column "user_id" "bigint" not null
                column "position" "integer" not null default "0"
                column "embedding" "vector(768)"
                primary key "user_id" "position"
                index "ix_documents_embedding" "hnsw" "embedding" opclass "vector_cosine_ops" with "ef_construction" "64" with "m" "16"
                constraint "ck_documents_position" check
                constraint "fk_documents_legacy" foreign key
                constraint "fk_documents_user" foreign key "user_id" references "" "users" "id" on delete "CASCADE" on update "NO ACTION"
                constraint "pk_documents" primary key
                """, USERS_AND_DOCUMENTS.toText());
    }

    @Test
    void readsBackEqual() {
        assertEquals(USERS_AND_DOCUMENTS, SchemaDefinition.parse(USERS_AND_DOCUMENTS.toText()));
    }

    @Test
    void constraintsWithTheirColumnsAndCheckExpressionReadBackEqual() {
        SchemaDefinition schema = new SchemaDefinition(List.of(new SchemaDefinition.Table(
                "",
                "jobs",
                List.of(new SchemaDefinition.Column("status", "text", false, null, false)),
                List.of("id"),
                List.of(),
                List.of(
                        new SchemaDefinition.Constraint(
                                "jobs_pkey", SchemaDefinition.Kind.PRIMARY_KEY, null, List.of("id"), null),
                        SchemaDefinition.Constraint.check("jobs_status_check", "status IN ('A', \"B\")"),
                        SchemaDefinition.Constraint.unique("jobs_status_name_key", List.of("status", "name"))))));
        String text = schema.toText();
        assertTrue(text.contains("constraint \"jobs_pkey\" primary key \"id\"\n"), text);
        assertTrue(text.contains("constraint \"jobs_status_check\" check \"status IN ('A', \\\"B\\\")\"\n"), text);
        assertTrue(text.contains("constraint \"jobs_status_name_key\" unique \"status\" \"name\"\n"), text);
        assertEquals(schema, SchemaDefinition.parse(text));
    }

    @Test
    void generatedColumnsExpressionIndexesAndEnumTypesReadBackEqual() {
        SchemaDefinition schema = new SchemaDefinition(
                List.of(new SchemaDefinition.Table(
                        "",
                        "documents",
                        List.of(
                                new SchemaDefinition.Column("status", "job_status", false, null, false),
                                new SchemaDefinition.Column(
                                        "search", "tsvector", true, null, false, "to_tsvector('english', body)")),
                        List.of(),
                        List.of(new SchemaDefinition.Index(
                                "ix_documents_recent",
                                false,
                                "btree",
                                List.of(),
                                null,
                                Map.of(),
                                "NOT archived",
                                "created_at DESC",
                                List.of("title", "archived"))),
                        List.of())),
                List.of(new SchemaDefinition.EnumType("", "job_status", List.of("QUEUED", "parliament-period"))));
        assertEquals("""
                enum "" "job_status" "QUEUED" "parliament-period"
                table "" "documents"
                column "status" "job_status" not null
                column "search" "tsvector" generated "to_tsvector('english', body)"
                index "ix_documents_recent" "btree"  where "NOT archived" expression "created_at DESC" include "title" "archived"
                """, schema.toText());
        assertEquals(schema, SchemaDefinition.parse(schema.toText()));
    }

    @Test
    void readsBackFromPartsSplitAtAnyLine() {
        String text = USERS_AND_DOCUMENTS.toText();
        int split = text.indexOf("table \"lab\"");
        assertEquals(USERS_AND_DOCUMENTS, SchemaDefinition.parse(text.substring(0, split), text.substring(split)));
    }

    @Test
    void quotesEveryCharacterADefaultMayHold() {
        String awkward = "'a \"quoted\" \\ value'\n\t||\r E'\\\\x00' ™ \uD83D\uDE00";
        SchemaDefinition schema = new SchemaDefinition(List.of(new SchemaDefinition.Table(
                "Odd Schema",
                "table \"with\" quotes",
                List.of(new SchemaDefinition.Column("col", "text", true, awkward, false)),
                List.of(),
                List.of(),
                List.of())));
        String text = schema.toText();
        assertEquals(2, text.lines().count(), "one line per table and column, newline escaped: " + text);
        assertEquals(schema, SchemaDefinition.parse(text));
    }

    @Test
    void viewsFunctionsAndTriggersFollowTheTablesAndReadBackEqual() {
        SchemaDefinition schema = new SchemaDefinition(
                USERS_AND_DOCUMENTS.tables(),
                List.of(),
                List.of(
                        new SchemaDefinition.View("active", "SELECT id FROM users WHERE name <> 'x\"y'", false),
                        new SchemaDefinition.View("counts", "SELECT count(*) AS n\nFROM users", true)),
                List.of(new SchemaDefinition.Function(
                        "touch", "a integer", "trigger", "plpgsql", "BEGIN\n\tRETURN NEW;\nEND")),
                List.of(new SchemaDefinition.Trigger(
                        "users_touch", "", "users", "INSTEAD OF", List.of("UPDATE", "INSERT"), false, "touch", "")));
        String text = schema.toText();
        assertTrue(
                text.endsWith("view \"active\" \"SELECT id FROM users WHERE name <> 'x\\\"y'\"\n"
                        + "materialized view \"counts\" \"SELECT count(*) AS n\\nFROM users\"\n"
                        + "function \"touch\" \"a integer\" \"trigger\" \"plpgsql\" \"BEGIN\\n\\tRETURN NEW;\\nEND\"\n"
                        + "trigger \"users_touch\" on \"\" \"users\" \"INSTEAD OF\" statement \"touch\" \"\" events"
                        + " \"INSERT\" \"UPDATE\"\n"),
                text);
        assertEquals(schema, SchemaDefinition.parse(text));
        // Tables only, as chain classes compiled before declared objects embed them: no object lines.
        assertEquals(USERS_AND_DOCUMENTS, SchemaDefinition.parse(USERS_AND_DOCUMENTS.toText()));
        assertTrue(!USERS_AND_DOCUMENTS.toText().contains("view"));
    }

    @Test
    void anEmptySchemaIsNoText() {
        SchemaDefinition empty = new SchemaDefinition(List.of());
        assertEquals("", empty.toText());
        assertEquals(empty, SchemaDefinition.parse());
    }

    @Test
    void refusesTextThatIsNotTheFormNamingTheLine() {
        IllegalArgumentException noTable = assertThrows(
                IllegalArgumentException.class, () -> SchemaDefinition.parse("column \"id\" \"bigint\"\n"));
        assertTrue(noTable.getMessage().startsWith("Schema definition line 1"), noTable.getMessage());
        IllegalArgumentException unterminated = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaDefinition.parse("table \"\" \"users\"\ncolumn \"id\" \"bigint\n"));
        assertTrue(unterminated.getMessage().contains("line 2"), unterminated.getMessage());
        assertTrue(unterminated.getMessage().contains("unterminated string"), unterminated.getMessage());
        IllegalArgumentException kind = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaDefinition.parse("table \"\" \"users\"\nconstraint \"x\" exclusion\n"));
        assertTrue(kind.getMessage().contains("unknown constraint kind 'exclusion'"), kind.getMessage());
        IllegalArgumentException indexPart = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaDefinition.parse("table \"\" \"users\"\nindex \"ix\" \"btree\" \"a\" tablespace \"b\"\n"));
        assertTrue(indexPart.getMessage().contains("unknown index part 'tablespace'"), indexPart.getMessage());
        IllegalArgumentException checkReferences = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaDefinition.parse(
                        "table \"\" \"users\"\nconstraint \"ck\" check \"a\" references \"\" \"t\" \"id\"\n"));
        assertTrue(
                checkReferences.getMessage().contains("only a foreign key says what it references"),
                checkReferences.getMessage());
        IllegalArgumentException missingAction = assertThrows(
                IllegalArgumentException.class,
                () -> SchemaDefinition.parse(
                        "table \"\" \"users\"\nconstraint \"fk\" foreign key \"a\" references \"\" \"t\" \"id\"\n"));
        assertTrue(missingAction.getMessage().contains("expected a keyword"), missingAction.getMessage());
    }
}
