package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.opentest4j.AssertionFailedError;

/** The golden helper itself: where goldens live, and what a missing or different one says. */
class GoldensTest {

    @Test
    void aGoldenLivesUnderTheTestClassAndMethod() {
        Path expected = Path.of("src", "test", "resources", "goldens", "SomeTest", "someMethod", "out.sql");
        assertTrue(Goldens.path("SomeTest", "someMethod", "out.sql").endsWith(expected));
    }

    @Test
    void aMissingGoldenFailsWithThePathItExpectsAndTheActualText(TestInfo test) {
        assumeFalse(Boolean.getBoolean(Goldens.UPDATE_PROPERTY), "in update mode a missing golden is written");
        AssertionFailedError error = assertThrows(
                AssertionFailedError.class, () -> Goldens.assertGolden(test, "no-such-golden.sql", "actual text"));
        assertTrue(
                error.getMessage()
                        .contains(Path.of(
                                        "goldens",
                                        "GoldensTest",
                                        "aMissingGoldenFailsWithThePathItExpectsAndTheActualText",
                                        "no-such-golden.sql")
                                .toString()),
                error.getMessage());
        assertTrue(error.getMessage().contains("-Dgoldens.update=true"), error.getMessage());
        assertTrue(error.getMessage().endsWith("Actual text:\nactual text"), error.getMessage());
    }

    @Test
    void aGoldenThatDiffersFails(TestInfo test) {
        assumeFalse(Boolean.getBoolean(Goldens.UPDATE_PROPERTY), "in update mode the golden is rewritten");
        Goldens.assertGolden(test, "kept.txt", "kept text\n");
        AssertionFailedError error =
                assertThrows(AssertionFailedError.class, () -> Goldens.assertGolden(test, "kept.txt", "other text\n"));
        assertEquals("kept text\n", error.getExpected().getValue());
    }
}
