package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two revisions naming the same parent, as two branches merged together leave them: MIG106 names
 * the one to move — the one not yet part of the shared history — and the exact steps to move it.
 */
class ForkTest {

    private static final FileTime OLDER = FileTime.fromMillis(1_000_000_000L);
    private static final FileTime NEWER = FileTime.fromMillis(2_000_000_000L);

    @TempDir
    Path dir;

    private MigrataProject project;

    @BeforeEach
    void frozenRoot() {
        project = new MigrataProject(dir)
                .source("app.User", MigrataProject.USER)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
        project.compileSuccessfully();
    }

    /** (a) A revision that a frozen revision already follows stays, even when its own files are newer. */
    @Test
    void theRevisionAFrozenOneFollowsStays() throws Exception {
        // One branch froze 002_c; the other froze 002_b and 003_d after it.
        frozenOnTwoBranches();
        project.source("app.D", revision("D", "003_d", "B")).schema("D", "User");
        project.compileSuccessfully();
        touch("002_c", OLDER);
        touch("002_b", NEWER);
        touch("003_d", NEWER);

        project.source("app.C", revision("C", "002_c", "InitialSchema"));
        String error = forkError(project.sourceOf("app.C"));
        assertTrue(
                error.startsWith("[MIG106] Revisions '002_c' (C) and '002_b' (B) both name InitialSchema as their"
                        + " parent: the chain forks, but revisions form one line. '002_b' stays where it is ('003_d'"
                        + " (D), whose files exist, already follows it); move '002_c' after '003_d' (D), the last"
                        + " revision of that line:\n"),
                error);
        assertTrue(
                error.contains("    1. if no database applied '002_c', delete its files " + project.file("002_c.sql")
                        + " and " + project.file("002_c.schema.json")
                        + " (a database that applied it must first be downgraded to '001_initial_schema');\n"),
                error);
        assertTrue(
                error.contains(
                        "    2. change its parent to D: @Revision(id = \"002_c\", parent = D.class, ...) on C;\n"),
                error);
        // The head, D, is on the line that stays: the moved revision becomes the head.
        assertTrue(error.contains("    3. point the schema's head at it: @Schema(head = C.class, ...);\n"), error);
        assertTrue(error.endsWith("    4. compile again."), error);
    }

    /** (b) Of a frozen revision and one without files yet, the one without files moves. */
    @Test
    void theRevisionWithoutFilesMoves() throws Exception {
        project.source("app.B", revision("B", "002_b", "InitialSchema")).schema("B", "User");
        project.compileSuccessfully();
        // The merge kept the other branch's head: C is on the chain, B is not.
        project.source("app.C", revision("C", "002_c", "InitialSchema")).schema("C", "User");
        String error = forkError(project.sourceOf("app.C"));
        assertTrue(
                error.contains("'002_b' stays where it is (its files exist, while '002_c' has none yet); move '002_c'"
                        + " after '002_b' (B), the last revision of that line:\n"
                        + "    1. change its parent to B: @Revision(id = \"002_c\", parent = B.class, ...) on C;\n"
                        + "    2. compile again."),
                error);
        assertFalse(error.contains("delete"), error);
        assertFalse(Files.exists(project.file("002_c.sql")));
    }

    /** (c) Of two frozen revisions, the one whose files were written last moves. */
    @Test
    void theRevisionWithTheNewerFilesMoves() throws Exception {
        frozenOnTwoBranches();
        project.source("app.C", revision("C", "002_c", "InitialSchema"));

        touch("002_b", OLDER);
        touch("002_c", NEWER);
        String error = forkError(project.sourceOf("app.C"));
        assertTrue(
                error.contains("'002_b' stays where it is (its files are not newer than those of '002_c'); move"
                        + " '002_c' after '002_b' (B)"),
                error);
        assertTrue(error.contains("delete its files " + project.file("002_c.sql")), error);
        assertTrue(error.contains("@Revision(id = \"002_c\", parent = B.class, ...) on C"), error);
        assertTrue(error.contains("@Schema(head = C.class, ...)"), error);

        // The same two revisions, with B's files the newer ones: B moves, after C.
        touch("002_b", NEWER);
        touch("002_c", OLDER);
        String reversed = forkError(project.sourceOf("app.B"));
        assertTrue(
                reversed.contains("'002_c' stays where it is (its files are not newer than those of '002_b'); move"
                        + " '002_b' after '002_c' (C)"),
                reversed);
        assertTrue(reversed.contains("delete its files " + project.file("002_b.sql")), reversed);
        // B is on the chain of the head, so the head needs no change.
        assertFalse(reversed.contains("@Schema(head"), reversed);
    }

    /**
     * Freezes 002_c after the root, as one branch would, then, with C's class gone but its files left
     * (as a merge brings them), 002_b after the root, as the other branch would; B is the head.
     */
    private void frozenOnTwoBranches() {
        project.source("app.C", revision("C", "002_c", "InitialSchema")).schema("C", "User");
        project.compileSuccessfully();
        project.without("app.C");
        project.source("app.B", revision("B", "002_b", "InitialSchema")).schema("B", "User");
        project.compileSuccessfully();
    }

    /** Compiles, expecting exactly one error, MIG106, on the {@code parent} of {@code source}; returns its text. */
    private String forkError(JavaFileObject source) {
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG106]")
                .inFile(source)
                .onLineContaining("parent = InitialSchema.class");
        List<Diagnostic<? extends JavaFileObject>> errors = compilation.errors();
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).getMessage(null);
    }

    private void touch(String revisionId, FileTime time) throws Exception {
        Files.setLastModifiedTime(project.file(revisionId + ".sql"), time);
        Files.setLastModifiedTime(project.file(revisionId + ".schema.json"), time);
    }

    /** A revision class without schema changes, its {@code parent} on a line of its own. */
    private static String revision(String className, String id, String parent) {
        return "package app;\n\nimport dev.migrata.annotations.Revision;\n\n@Revision(\n        id = \"" + id
                + "\",\n        parent = " + parent + ".class,\n        message = \"" + id + "\")\nfinal class "
                + className + " {}\n";
    }
}
