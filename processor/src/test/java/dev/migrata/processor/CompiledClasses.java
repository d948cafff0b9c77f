package dev.migrata.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the class files of a compile-testing compilation, so tests can run generated code. */
public final class CompiledClasses extends ClassLoader {

    private final Map<String, byte[]> classes = new HashMap<>();

    /** The classes of the compilation, with this test's class loader as parent (for the runtime). */
    public CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath();
            String name = path.substring(
                            path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length(),
                            path.length() - ".class".length())
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A new instance of a compiled class, through its no-argument constructor. */
    public Object instantiate(String className) throws ReflectiveOperationException {
        return loadClass(className).getConstructor().newInstance();
    }

    /** Whether the class has been loaded through this loader yet. */
    public boolean isLoaded(String className) {
        return findLoadedClass(className) != null;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name + " among " + classes.keySet());
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
