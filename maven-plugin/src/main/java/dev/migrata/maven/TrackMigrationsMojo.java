package dev.migrata.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes a plain {@code mvn compile} rerun the annotation processor after any change under the
 * migrations directory. The compiler plugin only looks at {@code .java} files: an edited frozen
 * {@code .sql} file, or a deleted head's two files, would otherwise leave "Nothing to compile" and a
 * stale chain behind.
 *
 * <p>Before the compiler runs, this goal fingerprints the directory (each file's path, size and
 * SHA-256) and compares it with the fingerprint of the previous build, kept in {@code
 * target/migrata/migrata-migrations.sha}. When they differ, it deletes the compiler's record of its
 * last input files ({@code target/maven-status/maven-compiler-plugin/compile/<execution>/inputFiles.lst}):
 * maven-compiler-plugin's incremental mode (its default) then sees "added or removed source files"
 * and recompiles the module, processor included. Switching {@code migrata.verify} does the same.
 * Nothing under {@code src} is touched. The first
 * build after the processor wrote new revision files recompiles once more, since those files are a
 * change too.
 */
@Mojo(name = "track-migrations", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class TrackMigrationsMojo extends AbstractMojo {

    /** The compiler's own state file that lists the sources of its last run. */
    static final String COMPILER_INPUT_FILES = "inputFiles.lst";

    /**
     * The directory holding the revision files of every schema: the parent of the processor's
     * {@code migrata.dir} when that is set.
     */
    @Parameter(property = "migrata.migrationsDirectory", defaultValue = "${project.basedir}/src/main/migrations")
    File migrationsDirectory;

    /**
     * Whether this build compiles in verify mode: the property the compiler's {@code
     * -Amigrata.verify=${migrata.verify}} argument reads. Switching it reruns the processor too.
     */
    @Parameter(property = "migrata.verify", defaultValue = "false")
    boolean verify;

    /** Where the fingerprint of the last build is kept. */
    @Parameter(defaultValue = "${project.build.directory}/migrata/migrata-migrations.sha", readonly = true)
    File fingerprintFile;

    /** The build directory, whose {@code maven-status} holds the compiler's incremental state. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            MigrationsFingerprint now = MigrationsFingerprint.of(migrationsDirectory.toPath(), verify);
            MigrationsFingerprint before = MigrationsFingerprint.read(fingerprintFile.toPath());
            if (before == null) {
                getLog().info("Tracking " + now.lines().size() + " revision files under " + migrationsDirectory
                        + ": the compiler recompiles the module");
            } else if (before.verify() != verify) {
                getLog().info("migrata.verify is now " + verify + ": the compiler recompiles the module, so the"
                        + " processor checks the revision files in that mode");
            } else {
                List<String> changed = now.changedSince(before);
                if (changed.isEmpty()) {
                    getLog().debug("No revision file changed under " + migrationsDirectory);
                    return;
                }
                getLog().info("Revision files changed under " + migrationsDirectory + ": " + String.join(", ", changed)
                        + "; the compiler recompiles the module, so the processor reads them again");
            }
            invalidateCompilerState(buildDirectory.toPath());
            now.write(fingerprintFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Cannot track the revision files under " + migrationsDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Deletes the input-file lists of every main compile execution, so that the compiler's next run
     * recompiles the module; returns the files deleted.
     */
    static List<Path> invalidateCompilerState(Path buildDirectory) throws IOException {
        Path executions = buildDirectory.resolve("maven-status/maven-compiler-plugin/compile");
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(executions)) {
            return deleted;
        }
        try (DirectoryStream<Path> each = Files.newDirectoryStream(executions)) {
            for (Path execution : each) {
                Path inputFiles = execution.resolve(COMPILER_INPUT_FILES);
                if (Files.deleteIfExists(inputFiles)) {
                    deleted.add(inputFiles);
                }
            }
        }
        return deleted;
    }
}
