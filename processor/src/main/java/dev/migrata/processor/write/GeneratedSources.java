package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Hands generated Java files and class path resources to javac's {@link Filer}: the only place that
 * creates them.
 */
public final class GeneratedSources {

    private final Filer filer;

    /** Writes through this filer. */
    public GeneratedSources(Filer filer) {
        this.filer = filer;
    }

    /**
     * A generated type as the Java file every writer produces: in the type's package, four-space
     * indents, {@code java.lang} types unimported.
     */
    static JavaFile javaFile(ClassName type, TypeSpec spec) {
        return JavaFile.builder(type.packageName(), spec)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The qualified name of the type a Java file declares, as the Filer and messages name it. */
    public static String typeName(JavaFile file) {
        return file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
    }

    /**
     * Writes one source file.
     *
     * @throws IOException when the Filer refuses (for example the type was already generated)
     */
    public void write(JavaFile file) throws IOException {
        String name = typeName(file);
        // Rendered whole, then handed over in one write: JavaPoet's own writeTo(Filer) sends the
        // Filer's writer thousands of small appends, each through a character encoder, which a cold
        // javac runs interpreted. The text is the same either way.
        String text = file.toString();
        JavaFileObject source = filer.createSourceFile(
                name, file.typeSpec().originatingElements().toArray(new Element[0]));
        try (Writer writer = source.openWriter()) {
            writer.write(text);
        } catch (IOException | RuntimeException e) {
            // As JavaPoet does: no half-written source left for javac to compile.
            source.delete();
            throw e;
        }
    }

    /**
     * Writes one resource into the class output, byte for byte.
     *
     * @param path the resource's path on the class path, e.g. {@code META-INF/migrata/lab/001_x.sql}
     * @param bytes its content
     * @param origin the element it was generated from, for incremental builds, or {@code null}
     * @throws IOException when the Filer refuses or the write fails
     */
    public void writeResource(String path, byte[] bytes, Element origin) throws IOException {
        Element[] origins = origin == null ? new Element[0] : new Element[] {origin};
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (OutputStream out = file.openOutputStream()) {
            out.write(bytes);
        }
    }
}
