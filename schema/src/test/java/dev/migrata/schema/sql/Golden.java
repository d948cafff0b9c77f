package dev.migrata.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a golden file {@code src/test/resources/goldens/<TestClass>/<method>.sql} of
 * this module. A missing golden fails with the path it expects; {@code -Dgoldens.update=true}
 * writes the actual text instead.
 */
public final class Golden {

    private Golden() {}

    /** Asserts that {@code actual} equals the golden file of {@code testClass}'s method. */
    public static void assertMatches(Class<?> testClass, String method, String actual) {
        Path path = moduleDir()
                .resolve("src/test/resources/goldens")
                .resolve(testClass.getSimpleName())
                .resolve(method + ".sql");
        try {
            if (Boolean.getBoolean("goldens.update")) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(path)) {
                fail("Missing golden file " + path + "; run with -Dgoldens.update=true to write it. Actual text:\n"
                        + actual);
            }
            assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, "golden " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path moduleDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir"));
    }
}
