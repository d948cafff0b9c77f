package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which image the container path starts; needs no Docker. */
class ContainerImageTest {

    @Test
    void thePgvectorImageByDefault() {
        assertEquals("pgvector/pgvector:pg17", ContainerServer.image(Map.of()));
        assertEquals("pgvector/pgvector:pg17", ContainerServer.image(Map.of("MIGRATA_TEST_IMAGE", " ")));
    }

    @Test
    void theImageMigrataTestImageNames() {
        assertEquals(
                "migrata/postgres-pgvector:15-bookworm",
                ContainerServer.image(Map.of("MIGRATA_TEST_IMAGE", " migrata/postgres-pgvector:15-bookworm ")));
    }
}
