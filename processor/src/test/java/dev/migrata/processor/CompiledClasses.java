package dev.migrata.processor;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the class output of a compile-testing compilation, so tests can run generated code: its
 * classes, and its resources (the revision files the processor copies), served from memory. Every
 * resource lookup of the class output is recorded, so a test can assert what the runtime read.
 */
public final class CompiledClasses extends ClassLoader {

    private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

    private final Map<String, byte[]> classes = new HashMap<>();
    private final Map<String, byte[]> resources = new HashMap<>();
    private final List<String> resourceLookups = Collections.synchronizedList(new ArrayList<>());

    /** The classes of the compilation, with this test's class loader as parent (for the runtime). */
    public CompiledClasses(Compilation compilation) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            int output = path.indexOf(CLASS_OUTPUT);
            if (output < 0) {
                continue;
            }
            String name = path.substring(output + CLASS_OUTPUT.length());
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                if (file.getKind() == JavaFileObject.Kind.CLASS) {
                    classes.put(
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'), bytes);
                } else {
                    resources.put(name, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Adds (or replaces) a resource of the class output, as a build step beside javac would. */
    public CompiledClasses withResource(String path, byte[] bytes) {
        resources.put(path, bytes.clone());
        return this;
    }

    /** The resources of the class output, by path. */
    public Map<String, byte[]> resources() {
        return Map.copyOf(resources);
    }

    /** Every lookup of a class output resource so far, in order, by path. */
    public List<String> resourceLookups() {
        return List.copyOf(resourceLookups);
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

    @Override
    protected URL findResource(String name) {
        resourceLookups.add(name);
        byte[] bytes = resources.get(name);
        if (bytes == null) {
            return null;
        }
        try {
            return new URL("memory", "", -1, "/CLASS_OUTPUT/" + name, new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL url) {
                    return new URLConnection(url) {
                        @Override
                        public void connect() {}

                        @Override
                        public InputStream getInputStream() {
                            return new ByteArrayInputStream(bytes);
                        }
                    };
                }
            });
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        URL url = findResource(name);
        return Collections.enumeration(url == null ? List.of() : List.of(url));
    }
}
