package dev.migrata.processor.e2e;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs another processor with a {@link Filer} that refuses every source file (or every resource)
 * with an {@link IOException} that has no message, as a full disk or a file system without a
 * reason does.
 */
final class FailingFilerProcessor extends AbstractProcessor {

    private final Processor delegate;
    private final String failing;
    private final String onlyFor;

    /** Refuses every source file. */
    FailingFilerProcessor(Processor delegate) {
        this(delegate, "createSourceFile");
    }

    /** Refuses every call of the {@link Filer} method {@code failing}, e.g. {@code createResource}. */
    FailingFilerProcessor(Processor delegate, String failing) {
        this(delegate, failing, null);
    }

    /**
     * Refuses the calls of the {@link Filer} method {@code failing} for one file only: those with an
     * argument (a name) equal to {@code onlyFor}.
     */
    FailingFilerProcessor(Processor delegate, String failing, String onlyFor) {
        this.delegate = delegate;
        this.failing = failing;
        this.onlyFor = onlyFor;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer filer = forward(Filer.class, env.getFiler(), failing, onlyFor, null);
        delegate.init(forward(ProcessingEnvironment.class, env, null, null, filer));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
        return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
    }

    /**
     * {@code target} behind its interface, except that {@code failing} throws a messageless
     * IOException (only for a call naming {@code onlyFor}, when given); a {@code getFiler} call, when
     * {@code filer} is given, returns it.
     */
    private static <T> T forward(Class<T> type, T target, String failing, String onlyFor, Filer filer) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (method.getName().equals(failing) && (onlyFor == null || names(args, onlyFor))) {
                throw new IOException();
            }
            if (filer != null && method.getName().equals("getFiler")) {
                return filer;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }

    private static boolean names(Object[] args, String name) {
        return args != null
                && Arrays.stream(args).anyMatch(a -> a != null && a.toString().equals(name));
    }
}
