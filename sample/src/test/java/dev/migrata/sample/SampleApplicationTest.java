package dev.migrata.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sample as a user runs it: migrates on the first start, is a no-op on the second, finds neighbours. */
class SampleApplicationTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private String run() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new SampleApplication(db.libpqUrl(), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void firstRunMigratesSecondRunIsANoOpAndTheSearchUsesTheHnswIndex() throws Exception {
        String first = run();
        assertTrue(first.contains("Migrated <base> -> 006_embedding_index"), first);
        assertTrue(first.contains("Seeded 3 materials and 300 structures"), first);
        assertTrue(first.contains("Index Scan using ix_structures_embedding on structures"), first);
        assertTrue(first.contains("structure 1    CH3NH3PbI3  0.0000"), first);
        assertTrue(first.contains("<base> -> 001_initial_schema, users and materials [APPLIED]"), first);

        String second = run();
        assertTrue(second.contains("Database already at head 006_embedding_index: nothing to migrate"), second);
        assertTrue(second.contains("Seed data present: 300 structures"), second);
        assertTrue(!second.contains("Migrated"), second);
    }
}
