package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One revision of the schema's history. Revisions form a chain by naming their parent by class
 * literal, so a typo is a javac error. A revision may carry directives ({@link RenameTable}, {@link
 * RenameColumn}, {@link DropTable}, {@link DropColumn}, {@link ChangeType}, {@link Sql}) and may
 * implement {@code dev.migrata.runtime.DataMigration} to run Java code in its transaction.
 *
 * <pre>{@code
 * @Revision(id = "002_rename_name", parent = InitialSchema.class, message = "rename users.name")
 * final class RenameName {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Revision {

    /**
     * The id the database stores in {@code migrata_revisions}; it never changes. Required; matches
     * {@code [A-Za-z0-9_.-]{1,64}} and names the revision's files ({@code <id>.sql}).
     */
    String id();

    /** The previous revision. Default {@code void.class}: none, this is the root of the chain. */
    Class<?> parent() default void.class;

    /** A short description, shown by {@code history} and in logs. Default {@code ""}. */
    String message() default "";

    /**
     * Whether the revision's transactional steps run in one transaction with its history row.
     * Default {@code true}. Steps that cannot run in a transaction ({@code CREATE INDEX
     * CONCURRENTLY}) always run after it.
     */
    boolean transactional() default true;
}
