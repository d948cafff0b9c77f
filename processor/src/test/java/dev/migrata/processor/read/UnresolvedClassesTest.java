package dev.migrata.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Classes javac cannot resolve are javac's to report: the processor neither crashes nor adds
 * errors of its own about them, and generates nothing from a schema it could not read completely.
 */
class UnresolvedClassesTest extends ProcessorTestSupport {

    private void assertOnlyJavacErrors(JavaFileObject source) throws Exception {
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            assertThat(diagnostic.getMessage(null)).doesNotContain("[MIG");
        }
        assertNothingGenerated();
    }

    @Test
    void unknownHeadAndTables() throws Exception {
        assertOnlyJavacErrors(source(
                "App", "@Schema(head = MissingRevision.class, tables = {MissingTable.class}) final class App {}"));
    }

    @Test
    void unknownParent() throws Exception {
        assertOnlyJavacErrors(source(
                "App",
                "@Schema(head = Second.class, tables = Account.class) final class App {}",
                "@Table record Account(@Column(primaryKey = true) long id) {}",
                "@Revision(id = \"002\", parent = MissingParent.class) final class Second {}"));
    }

    @Test
    void unknownReferencedTableAndFieldType() throws Exception {
        assertOnlyJavacErrors(source(
                "App",
                "@Schema(head = Init.class, tables = Account.class) final class App {}",
                ROOT_REVISION,
                "@Table record Account(@Column(primaryKey = true) long id,",
                "    @References(MissingTable.class) long otherId,",
                "    MissingType value,",
                "    @Vector(dimensions = 3) MissingVector embedding) {}"));
    }
}
