package dev.migrata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsFingerprintTest {

    @TempDir
    Path project;

    private Path migrations() throws IOException {
        return Files.createDirectories(project.resolve("src/main/migrations/shop"))
                .getParent();
    }

    private void write(String path, String text) throws IOException {
        Path file = migrations().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void listsEachFileWithHashSizeAndPathSorted() throws IOException {
        write("shop/002_b.sql", "b");
        write("shop/001_a.sql", "abc");

        MigrationsFingerprint fingerprint = MigrationsFingerprint.of(migrations(), false);

        assertEquals(
                List.of(
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 3 shop/001_a.sql",
                        "3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d 1 shop/002_b.sql"),
                fingerprint.lines());
    }

    @Test
    void aMissingDirectoryHasTheEmptyFingerprint() throws IOException {
        assertEquals(
                List.of(),
                MigrationsFingerprint.of(project.resolve("nowhere"), false).lines());
    }

    @Test
    void namesEditedAddedAndDeletedFiles() throws IOException {
        write("shop/001_a.sql", "one");
        write("shop/001_a.schema.json", "{}");
        write("shop/002_b.sql", "two");
        MigrationsFingerprint before = MigrationsFingerprint.of(migrations(), false);

        write("shop/001_a.sql", "one, edited");
        Files.delete(migrations().resolve("shop/002_b.sql"));
        write("shop/003_c.sql", "three");

        assertEquals(
                List.of("shop/001_a.sql", "shop/002_b.sql", "shop/003_c.sql"),
                MigrationsFingerprint.of(migrations(), false).changedSince(before));
    }

    @Test
    void anEditThatKeepsTheSizeIsAChange() throws IOException {
        write("shop/001_a.sql", "abc");
        MigrationsFingerprint before = MigrationsFingerprint.of(migrations(), false);
        write("shop/001_a.sql", "abd");

        assertEquals(
                List.of("shop/001_a.sql"),
                MigrationsFingerprint.of(migrations(), false).changedSince(before));
    }

    @Test
    void aNewTimestampAloneIsNoChange() throws IOException {
        write("shop/001_a.sql", "abc");
        MigrationsFingerprint before = MigrationsFingerprint.of(migrations(), false);
        Files.setLastModifiedTime(migrations().resolve("shop/001_a.sql"), FileTime.fromMillis(0));

        assertEquals(List.of(), MigrationsFingerprint.of(migrations(), false).changedSince(before));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        write("shop/001 with space.sql", "abc");
        MigrationsFingerprint fingerprint = MigrationsFingerprint.of(migrations(), false);
        Path stored = project.resolve("target/migrata/migrata-migrations.sha");

        fingerprint.write(stored);

        assertEquals(fingerprint, MigrationsFingerprint.read(stored));
        assertTrue(Files.readString(stored).startsWith(MigrationsFingerprint.FORMAT + "\nverify=false\n"));
        MigrationsFingerprint verifying = MigrationsFingerprint.of(migrations(), true);
        verifying.write(stored);
        assertEquals(verifying, MigrationsFingerprint.read(stored));
        assertEquals(List.of(), MigrationsFingerprint.of(migrations(), false).changedSince(fingerprint));
    }

    @Test
    void aMissingOrForeignStoredFileReadsAsNone() throws IOException {
        Path stored = project.resolve("target/migrata/migrata-migrations.sha");
        assertNull(MigrationsFingerprint.read(stored));

        Files.createDirectories(stored.getParent());
        Files.writeString(stored, "something else\n");
        assertNull(MigrationsFingerprint.read(stored));
    }
}
