package dev.migrata.processor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesOnlyWhenTheContentChanges() throws Exception {
        RevisionFiles files = new RevisionFiles(dir.resolve("app"));
        Path sql = files.sqlFile("001_initial");
        assertTrue(files.writeIfChanged(sql, "one\n"));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(sql, old);

        assertFalse(files.writeIfChanged(sql, "one\n"));
        assertEquals(old, Files.getLastModifiedTime(sql));

        assertTrue(files.writeIfChanged(sql, "two\n"));
        assertEquals("two\n", Files.readString(sql));
        try (var listing = Files.list(sql.getParent())) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
    }

    @Test
    void tellsWhichFilesExist() throws Exception {
        RevisionFiles files = new RevisionFiles(dir);
        assertEquals(FilePresence.NONE, files.presence("a"));
        Files.writeString(files.sqlFile("a"), "");
        assertEquals(FilePresence.ONLY_SQL, files.presence("a"));
        Files.writeString(files.snapshotFile("a"), "");
        assertEquals(FilePresence.BOTH, files.presence("a"));
        Files.delete(files.sqlFile("a"));
        assertEquals(FilePresence.ONLY_SNAPSHOT, files.presence("a"));
    }

    @Test
    void findsTheFolderBesideTheJavaSources() {
        Path source = Path.of("/", "repo", "app", "src", "main", "java", "com", "example", "AppSchema.java");
        assertEquals(
                Path.of("/", "repo", "app", "src", "main", "migrations"),
                MigrationsDirectory.besideSourceRoot(source).orElseThrow());
        assertEquals(
                Path.of("/", "repo", "src", "test", "migrations"),
                MigrationsDirectory.besideSourceRoot(Path.of("/", "repo", "src", "test", "java", "AppSchema.java"))
                        .orElseThrow());
        assertTrue(MigrationsDirectory.besideSourceRoot(Path.of("/", "tmp", "AppSchema.java"))
                .isEmpty());
        assertTrue(MigrationsDirectory.besideSourceRoot(Path.of("/", "java", "AppSchema.java"))
                .isEmpty());
    }
}
