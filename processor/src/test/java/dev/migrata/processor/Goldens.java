package dev.migrata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares generated text with a golden file under
 * {@code src/test/resources/goldens/<TestClass>/<method>/<name>}, as exact text. A missing golden
 * fails with the path it expects; {@code -Dgoldens.update=true} writes the actual text instead.
 */
public final class Goldens {

    private static final Path ROOT = Path.of("src", "test", "resources", "goldens");

    private Goldens() {}

    /** Asserts that {@code actual} equals the golden {@code name} of the running test method. */
    public static void assertGolden(TestInfo test, String name, String actual) {
        String testClass = test.getTestClass().orElseThrow().getSimpleName();
        String method = test.getTestMethod().orElseThrow().getName();
        assertGolden(testClass, method, name, actual);
    }

    /** Asserts that {@code actual} equals {@code goldens/<testClass>/<method>/<name>}. */
    public static void assertGolden(String testClass, String method, String name, String actual) {
        Path golden = ROOT.resolve(testClass).resolve(method).resolve(name);
        try {
            if (Boolean.getBoolean("goldens.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.isRegularFile(golden)) {
                fail("Missing golden file " + golden.toAbsolutePath()
                        + " (run with -Dgoldens.update=true to create it). Actual text:\n" + actual);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden " + golden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
