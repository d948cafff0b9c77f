package dev.migrata.schema.sql;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The golden helper itself: a missing golden says where it is expected. */
class GoldenTest {

    @Test
    void missingGoldenFailsWithTheExpectedPath() {
        if (Boolean.getBoolean("goldens.update")) {
            return; // in update mode a missing golden is written, by design
        }
        AssertionFailedError error = assertThrows(
                AssertionFailedError.class, () -> Golden.assertMatches(GoldenTest.class, "noSuchGolden", "text"));
        assertTrue(error.getMessage().contains("goldens/GoldenTest/noSuchGolden.sql"), error.getMessage());
        assertTrue(error.getMessage().contains("-Dgoldens.update=true"), error.getMessage());
    }
}
