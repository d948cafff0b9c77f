package dev.migrata.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the revision files under a migrations directory are: one line per regular file, sorted by its
 * path relative to the directory ({@code <sha-256> <size> <path>}, the path with {@code /}). Two
 * fingerprints are equal exactly when no file was added, deleted, renamed or edited; timestamps play
 * no part, so a checkout or a copy that keeps the content changes nothing. It also records whether
 * the processor runs in verify mode, since switching {@code migrata.verify} must rerun it too.
 *
 * @param verify the value of {@code migrata.verify} for the build
 * @param lines the files' lines, sorted; empty for a missing or empty directory
 */
record MigrationsFingerprint(boolean verify, List<String> lines) {

    /** The first line of the stored form, so that a later format can tell an old file apart. */
    static final String FORMAT = "# migrata migrations fingerprint, format 1";

    MigrationsFingerprint {
        lines = List.copyOf(lines);
    }

    private static final String VERIFY = "verify=";

    /** Fingerprints the directory; a directory that does not exist has no file lines. */
    static MigrationsFingerprint of(Path directory, boolean verify) throws IOException {
        if (!Files.isDirectory(directory)) {
            return new MigrationsFingerprint(verify, List.of());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        Map<String, Path> byPath = new TreeMap<>();
        files.forEach(file -> byPath.put(directory.relativize(file).toString().replace('\\', '/'), file));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, Path> file : byPath.entrySet()) {
            lines.add(sha256(file.getValue()) + " " + Files.size(file.getValue()) + " " + file.getKey());
        }
        return new MigrationsFingerprint(verify, lines);
    }

    /** The stored fingerprint, or {@code null} when there is none or it is in an unknown format. */
    static MigrationsFingerprint read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<String> stored = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (stored.size() < 2 || !stored.get(0).equals(FORMAT) || !stored.get(1).startsWith(VERIFY)) {
            return null;
        }
        boolean verify = Boolean.parseBoolean(stored.get(1).substring(VERIFY.length()));
        return new MigrationsFingerprint(verify, stored.subList(2, stored.size()));
    }

    /** Stores the fingerprint, creating the parent directories. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> stored = new ArrayList<>();
        stored.add(FORMAT);
        stored.add(VERIFY + verify);
        stored.addAll(lines);
        Files.write(file, stored, StandardCharsets.UTF_8);
    }

    /**
     * The paths that differ from {@code before}: added, deleted or edited files, each once, sorted;
     * empty when the fingerprints are equal.
     */
    List<String> changedSince(MigrationsFingerprint before) {
        Set<String> changed = new LinkedHashSet<>();
        Set<String> old = Set.copyOf(before.lines);
        Set<String> now = Set.copyOf(lines);
        lines.stream()
                .filter(line -> !old.contains(line))
                .map(MigrationsFingerprint::path)
                .forEach(changed::add);
        before.lines.stream()
                .filter(line -> !now.contains(line))
                .map(MigrationsFingerprint::path)
                .forEach(changed::add);
        return changed.stream().sorted().collect(Collectors.toList());
    }

    private static String path(String line) {
        // "<sha> <size> <path>": the path may hold spaces, the first two fields never do.
        return line.split(" ", 3)[2];
    }

    private static String sha256(Path file) throws IOException {
        try {
            // Revision files are small text files: reading one whole is simpler than streaming it.
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }
}
