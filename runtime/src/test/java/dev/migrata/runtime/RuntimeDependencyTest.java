package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime must run with the JDK and whatever JDBC driver the application brings: its packages
 * import each other and nothing else.
 */
class RuntimeDependencyTest {

    @Test
    void mainCodeUsesOnlyJavaSqlNeverDriverClasses() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        try {
                            String source = Files.readString(file);
                            return source.contains("org.postgresql")
                                    || source.matches(
                                            "(?sm).*^import (?!java\\.|javax\\.sql\\.|dev\\.migrata\\.runtime\\.).*");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .collect(Collectors.toList());
        }
        assertEquals(List.of(), offenders);
    }
}
