package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's public types are exactly those its README lists under "Public API": every class
 * the build wrote for {@code dev.migrata.runtime} is loaded and kept when it, and every class
 * around it, is public. {@code dev.migrata.runtime.internal} is not API and not listed.
 */
class PublicApiTest {

    private static final String PACKAGE = "dev.migrata.runtime";
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]*)`");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*(\\.[A-Z][A-Za-z0-9]*)*");

    @Test
    void thePublicTypesAreTheOnesTheReadmeLists() throws Exception {
        Set<String> documented = documentedTypes();
        assertTrue(documented.contains("Migrator") && documented.contains("DriftReport.Drift"), documented.toString());
        assertEquals(documented, publicTypes(), "public types of " + PACKAGE + " vs. runtime/README.md, Public API");
    }

    @Test
    void anApplicationSeesAtMostTwelveTopLevelTypes() throws Exception {
        Set<String> types = publicTypes();
        long forApplications =
                types.stream().filter(name -> !name.contains(".")).count();
        assertTrue(forApplications <= 12, "an application sees " + forApplications + " top-level types: " + types);
    }

    /** Simple names (with their enclosing types, e.g. {@code DriftReport.Drift}) of the public types. */
    private static Set<String> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Migrator.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Path packageDirectory = classes.resolve(PACKAGE.replace('.', '/'));
        Set<String> found = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> listing = Files.list(packageDirectory)) {
            files = listing.filter(file -> file.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String binaryName = PACKAGE + "." + file.getFileName().toString().replaceFirst("\\.class$", "");
            Class<?> type = Class.forName(binaryName, false, Migrator.class.getClassLoader());
            if (type.getCanonicalName() != null && visibleOutside(type)) {
                found.add(type.getCanonicalName().substring(PACKAGE.length() + 1));
            }
        }
        return found;
    }

    private static boolean visibleOutside(Class<?> type) {
        for (Class<?> current = type; current != null; current = current.getEnclosingClass()) {
            if (!Modifier.isPublic(current.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names each bullet of the README's "Public API" section lists: the backticked type names
     * before its dash (the text after the dash describes them).
     */
    private static Set<String> documentedTypes() throws IOException {
        List<String> lines = Files.readAllLines(moduleDirectory().resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Public API");
        assertTrue(start >= 0, "runtime/README.md has no \"## Public API\" section");
        List<String> bullets = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("- ")) {
                bullets.add(line.substring(2));
            } else if (line.startsWith("  ") && !bullets.isEmpty()) {
                bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + line.strip());
            }
        }
        Set<String> names = new TreeSet<>();
        for (String bullet : bullets) {
            int dash = bullet.indexOf(" — ");
            Matcher listed = BACKTICKED.matcher(dash < 0 ? bullet : bullet.substring(0, dash));
            while (listed.find()) {
                if (TYPE_NAME.matcher(listed.group(1)).matches()) {
                    names.add(listed.group(1));
                }
            }
        }
        return names;
    }

    private static Path moduleDirectory() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir"));
    }
}
