package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares generated text with a golden file of the module under test,
 * {@code src/test/resources/goldens/<TestClass>/<method>/<name>}, as exact text. A missing golden
 * fails with the path it expects; {@code -Dgoldens.update=true} writes the actual text instead, for
 * the author to review in the diff.
 */
public final class Goldens {

    /** The system property that makes every comparison write its golden instead. */
    public static final String UPDATE_PROPERTY = "goldens.update";

    private Goldens() {}

    /** Asserts that {@code actual} equals the golden {@code name} of the running test method. */
    public static void assertGolden(TestInfo test, String name, String actual) {
        String testClass = test.getTestClass().orElseThrow().getSimpleName();
        String method = test.getTestMethod().orElseThrow().getName();
        assertGolden(testClass, method, name, actual);
    }

    /** Asserts that {@code actual} equals {@code goldens/<testClass>/<method>/<name>}. */
    public static void assertGolden(String testClass, String method, String name, String actual) {
        Path golden = path(testClass, method, name);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.isRegularFile(golden)) {
                fail("Missing golden file " + golden.toAbsolutePath() + " (run with -D" + UPDATE_PROPERTY
                        + "=true to create it). Actual text:\n" + actual);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden " + golden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the golden {@code name} of {@code testClass}'s {@code method} lives. */
    public static Path path(String testClass, String method, String name) {
        return moduleDirectory()
                .resolve(Path.of("src", "test", "resources", "goldens"))
                .resolve(testClass)
                .resolve(method)
                .resolve(name);
    }

    /** The module's directory: Maven's {@code basedir} when it is set, else the working directory. */
    private static Path moduleDirectory() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir"));
    }
}
