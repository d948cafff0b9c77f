package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.migrata.schema.model.Names;
import java.util.Locale;

/** How generated classes and constants are named. */
public final class JavaNames {

    private JavaNames() {}

    /**
     * The generated class beside a declared one: {@code RenameName} → {@code RenameNameMigration}.
     * A nested class's enclosing names are kept, joined by {@code _} ({@code AppSchema.User} →
     * {@code AppSchema_UserTable}), so two nested classes of the same name never collide.
     */
    public static ClassName generatedBeside(ClassName declared, String suffix) {
        return ClassName.get(declared.packageName(), String.join("_", declared.simpleNames()) + suffix);
    }

    /** {@code AddEmbeddingIndex} → {@code ADD_EMBEDDING_INDEX}, {@code fullName} → {@code FULL_NAME}. */
    public static String upperSnake(String javaName) {
        return Names.snakeCase(javaName).toUpperCase(Locale.ROOT);
    }
}
