package dev.migrata.cli.scaffold;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.processor.MigrataProcessor;
import dev.migrata.runtime.MigrationChain;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The sources a scaffold wrote, compiled with the real annotation processor into a chain, as a
 * user's build compiles them; the revision files go to one migrations folder across compilations.
 */
final class ScaffoldedProject {

    private final Path migrations;
    private final Map<String, String> sources = new LinkedHashMap<>();

    ScaffoldedProject(Path migrations, ScaffoldResult result) {
        this.migrations = migrations;
        sources.putAll(result.sources());
    }

    /** The current text of a class's source. */
    String source(String className) {
        return sources.get(className);
    }

    /** Adds or replaces a source, by its class's qualified name. */
    ScaffoldedProject source(String className, String text) {
        sources.put(className, text);
        return this;
    }

    /** Compiles, expecting success, and loads the chain. */
    MigrationChain compileChain(String schemaClass) throws ReflectiveOperationException {
        List<JavaFileObject> files = sources.entrySet().stream()
                .map(source -> JavaFileObjects.forSourceString(source.getKey(), source.getValue()))
                .toList();
        Compilation compilation = Compiler.javac()
                .withProcessors(new MigrataProcessor())
                .withOptions("-Amigrata.dir=" + migrations)
                .compile(files);
        assertThat(compilation).succeeded();
        return (MigrationChain) new CompiledClasses(compilation).instantiate(schemaClass + "Migrations");
    }
}
