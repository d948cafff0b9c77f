package dev.migrata.processor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.processor.Goldens;
import dev.migrata.processor.SchemaFixtures;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class SnapshotJsonTest {

    @Test
    void writesCanonicalSortedText(TestInfo test) {
        Goldens.assertGolden(test, "schema.json", SnapshotJson.write(SchemaFixtures.usersAndDocuments()));
    }

    @Test
    void readsBackAnEqualModel() throws Exception {
        SchemaModel model = SchemaFixtures.usersAndDocuments();
        SchemaModel read = SnapshotJson.read(SnapshotJson.write(model));
        assertEquals(model, read);
        assertEquals(SnapshotJson.write(model), SnapshotJson.write(read));
    }

    @Test
    void writesTheEmptySchema() throws Exception {
        assertEquals("{\n  \"format\": 1,\n  \"tables\": []\n}\n", SnapshotJson.write(SchemaModel.EMPTY));
        assertEquals(SchemaModel.EMPTY, SnapshotJson.read("{\n  \"format\": 1,\n  \"tables\": []\n}\n"));
    }

    @Test
    void extensionsAreWrittenOnlyWhenListedAndReadBack() throws Exception {
        SchemaModel plain = SchemaFixtures.usersAndDocuments();
        String plainText = SnapshotJson.write(plain);
        // A snapshot without extensions is the text written before schemas could list them: same checksum.
        assertFalse(plainText.contains("extensions"), plainText);
        assertEquals(
                SnapshotJson.checksumOfText(plainText),
                SnapshotJson.readSnapshot(plainText).checksum());

        SchemaModel listing = new SchemaModel(plain.tables(), java.util.List.of("pg_trgm", "citext", "pg_trgm"));
        assertEquals(java.util.List.of("citext", "pg_trgm"), listing.extensions());
        String text = SnapshotJson.write(listing);
        assertTrue(
                text.startsWith("{\n  \"format\": 1,\n  \"extensions\": [\n    \"citext\",\n    \"pg_trgm\"\n  ],\n"),
                text);
        assertEquals(listing, SnapshotJson.read(text));
        assertNotEquals(SnapshotJson.checksum(plain), SnapshotJson.checksum(listing));
    }

    @Test
    void expressionKeysIncludedColumnsAndGeneratedColumnsAreWrittenOnlyWhenPresentAndReadBack() throws Exception {
        String plain = SnapshotJson.write(SchemaFixtures.usersAndDocuments());
        // Absent, they leave the text as it was before they existed: old snapshots keep their checksums.
        assertFalse(plain.contains("\"include\"") || plain.contains("\"generated\""), plain);
        TableModel docs = new TableModel(
                "",
                "docs",
                List.of(
                        new ColumnModel("id", "bigint", false, false, null, null, List.of()),
                        new ColumnModel("search", "tsvector", true, false, null, null, List.of(), "to_tsvector(body)")),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new IndexModel(
                        "ix_docs_recent",
                        List.of(),
                        false,
                        "btree",
                        null,
                        Map.of(),
                        null,
                        "created_at DESC",
                        List.of("id"))),
                null);
        SchemaModel model = new SchemaModel(List.of(docs));
        String text = SnapshotJson.write(model);
        assertTrue(text.contains("\"generated\": \"to_tsvector(body)\""), text);
        assertTrue(text.contains("\"expression\": \"created_at DESC\""), text);
        assertTrue(text.contains("\"include\": [\n"), text);
        assertEquals(model, SnapshotJson.read(text));
    }

    @Test
    void enumTypesAreWrittenOnlyWhenDeclaredAndReadBack() throws Exception {
        SchemaModel plain = SchemaFixtures.usersAndDocuments();
        // A snapshot without enum types is the text written before they existed, with its checksum
        // (that such a text reads back with it is extensionsAreWrittenOnlyWhenListedAndReadBack's check).
        assertFalse(SnapshotJson.write(plain).contains("enumTypes"));
        SchemaModel withEnums = new SchemaModel(
                plain.tables(),
                java.util.List.of(),
                java.util.List.of(
                        new EnumTypeModel("job_status", java.util.List.of("queued", "parliament-period")),
                        new EnumTypeModel("color", java.util.List.of("red"))));
        String text = SnapshotJson.write(withEnums);
        assertTrue(
                text.startsWith("{\n  \"format\": 1,\n  \"enumTypes\": [\n    {\n      \"labels\": [\n"
                        + "        \"red\"\n      ],\n      \"name\": \"color\"\n    },\n"),
                text);
        Snapshot read = SnapshotJson.readSnapshot(text);
        assertEquals(withEnums, read.model());
        assertEquals(
                java.util.List.of("queued", "parliament-period"),
                read.model().enumTypes().get(1).labels());
        assertEquals(SnapshotJson.checksum(withEnums), read.checksum());
    }

    @Test
    void viewsFunctionsAndTriggersAreWrittenOnlyWhenDeclaredAndReadBack() throws Exception {
        SchemaModel plain = SchemaFixtures.usersAndDocuments();
        String plainText = SnapshotJson.write(plain);
        assertFalse(plainText.contains("views") || plainText.contains("functions") || plainText.contains("triggers"));
        SchemaModel declared = new SchemaModel(
                plain.tables(),
                java.util.List.of(),
                java.util.List.of(),
                // Creation order is kept: the second reads the first.
                java.util.List.of(
                        new dev.migrata.schema.model.ViewModel("z_first", "SELECT id FROM users", false),
                        new dev.migrata.schema.model.ViewModel("a_second", "SELECT count(*) FROM z_first", true)),
                java.util.List.of(new dev.migrata.schema.model.FunctionModel(
                        "touch", "", "trigger", "plpgsql", "BEGIN\n  RETURN NEW;\nEND")),
                java.util.List.of(new dev.migrata.schema.model.TriggerModel(
                        "users_touch",
                        "",
                        "users",
                        "BEFORE",
                        java.util.List.of("INSERT", "UPDATE"),
                        true,
                        "touch",
                        "NEW.name IS NOT NULL")));
        String text = SnapshotJson.write(declared);
        assertTrue(text.indexOf("\"functions\"") < text.indexOf("\"tables\""), text);
        assertTrue(text.indexOf("\"triggers\"") < text.indexOf("\"views\""), text);
        assertTrue(text.indexOf("z_first") < text.indexOf("a_second"), text);
        Snapshot read = SnapshotJson.readSnapshot(text);
        assertEquals(declared, read.model());
        assertEquals(SnapshotJson.checksum(declared), read.checksum());
    }

    @Test
    void aSnapshotWrittenBeforeFormatsKeepsItsChecksum() throws Exception {
        SchemaModel model = SchemaFixtures.usersAndDocuments();
        String current = SnapshotJson.write(model);
        // The text the writer before snapshot formats wrote: the same layout without "format".
        String before = current.replaceFirst("\n  \"format\": 1,", "");
        assertFalse(before.contains("format"), before);
        Snapshot read = SnapshotJson.readSnapshot(before);
        assertEquals(0, read.format());
        assertEquals(model, read.model());
        // The checksum its revision's header recorded is that of its own text, not of today's.
        assertEquals(SnapshotJson.checksumOfText(before), read.checksum());
        assertNotEquals(SnapshotJson.checksum(model), read.checksum());
        Snapshot current1 = SnapshotJson.readSnapshot(current);
        assertEquals(1, current1.format());
        assertEquals(SnapshotJson.checksum(model), current1.checksum());
    }

    @Test
    void aSnapshotInANewerFormatIsRefused() {
        MalformedRevisionFileException refused = assertThrows(
                MalformedRevisionFileException.class,
                () -> SnapshotJson.read("{\n  \"format\": 2,\n  \"tables\": []\n}\n"));
        assertTrue(
                refused.getMessage()
                        .contains("the snapshot is in format 2, which this version of Migrata does not read"),
                refused.getMessage());
        assertEquals(2, refused.line());
        assertThrows(
                MalformedRevisionFileException.class,
                () -> SnapshotJson.read("{\n  \"format\": \"1\",\n  \"tables\": []\n}\n"));
        assertThrows(
                MalformedRevisionFileException.class,
                () -> SnapshotJson.read("{\n  \"format\": 0,\n  \"tables\": []\n}\n"));
    }

    @Test
    void readsFieldsInAnyOrder() throws Exception {
        String reordered = """
                {
                  "tables": [
                    {
                      "uniques": [],
                      "schema": "",
                      "primaryKey": {"name": "pk_users", "columns": ["id"]},
                      "name": "users",
                      "indexes": [{"where": null, "unique": false, "options": {"m": 16}, "name": "ix_users_id",
                                   "method": "hnsw", "columns": ["id"]}],
                      "foreignKeys": [],
                      "columns": [{"type": "bigint", "nullable": false, "name": "id", "identity": true}],
                      "checks": []
                    }
                  ]
                }
                """;
        SchemaModel model = SnapshotJson.read(reordered);
        assertEquals("users", model.tables().get(0).name());
        assertEquals(Map.of("m", 16), model.tables().get(0).indexes().get(0).options());
        assertEquals(model, SnapshotJson.read(SnapshotJson.write(model)));
    }

    @Test
    void namesWhatIsWrongAndWhere() {
        assertMalformed("unknown field \"nme\" in a table", 3, "{\n  \"tables\": [\n    {\"nme\": 1}\n  ]\n}");
        assertMalformed(
                "table users has no \"columns\"",
                3,
                "{\n  \"tables\": [\n    {\"name\": \"users\", \"checks\": [], \"uniques\": [],"
                        + " \"foreignKeys\": [], \"indexes\": []}\n  ]\n}");
        assertMalformed(
                "expected true or false for \"nullable\"",
                2,
                "{\"tables\": [{\"columns\": [\n{\"nullable\": \"no\"}]}]}");
        assertMalformed("expected a list for \"tables\"", 1, "{\"tables\": {}}");
        assertMalformed("unexpected text after the snapshot", 2, "{\"tables\": []}\n[]");
        assertMalformed("the file is empty", 1, "");
    }

    private static void assertMalformed(String reason, int line, String text) {
        MalformedRevisionFileException e =
                assertThrows(MalformedRevisionFileException.class, () -> SnapshotJson.read(text));
        assertEquals(reason, e.getMessage());
        assertEquals(line, e.line(), "line of: " + reason);
    }

    @Test
    void rejectsTextThatIsNoSnapshot() {
        MalformedRevisionFileException e = assertThrows(
                MalformedRevisionFileException.class,
                () -> SnapshotJson.read("{\n  \"tables\": [\n    {\"nme\": 1}\n  ]\n}"));
        assertTrue(e.line() > 0, "line of the error");
        assertThrows(MalformedRevisionFileException.class, () -> SnapshotJson.read("{ not json"));
        assertThrows(MalformedRevisionFileException.class, () -> SnapshotJson.read(""));
    }
}
