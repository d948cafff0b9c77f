package dev.migrata.processor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.processor.Goldens;
import dev.migrata.processor.SchemaFixtures;
import dev.migrata.schema.model.SchemaModel;
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
        assertEquals("{\n  \"tables\": []\n}\n", SnapshotJson.write(SchemaModel.EMPTY));
        assertEquals(SchemaModel.EMPTY, SnapshotJson.read("{\n  \"tables\": []\n}\n"));
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
