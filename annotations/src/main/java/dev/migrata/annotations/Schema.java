package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The root of a schema: lists its tables and names the newest revision of its chain.
 *
 * <pre>{@code
 * @Schema(head = AddEmbeddingIndex.class, tables = {User.class, Document.class})
 * final class AppSchema {}
 * }</pre>
 *
 * <p>The processor generates {@code <SchemaClass>Migrations}, the chain of revisions, and writes
 * the revision files under {@code src/main/migrations/<name>/}; with {@link #metamodel()}, also
 * {@code <SchemaClass>Tables}, the tables' names as constants.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Schema {

    /**
     * The head of the revision chain: the newest {@link Revision} class. Required. The chain is
     * found by following {@link Revision#parent()} from here to the root.
     */
    Class<?> head();

    /**
     * The {@link Table} classes that make up the schema at the head. Required. A table that is not
     * listed here is not part of the schema (and is a compile error in a full build).
     */
    Class<?>[] tables();

    /**
     * The schema's name, which names its chain and the folder of its revision files. Default
     * {@code ""}: the snake_case of the class's simple name ({@code AppSchema} → {@code app_schema}).
     */
    String name() default "";

    /**
     * How constraints without an explicit name are named. Default {@link ConstraintNaming#MIGRATA}
     * ({@code pk_users}, {@code fk_orders_user_id_users}); {@link ConstraintNaming#POSTGRESQL}
     * ({@code users_pkey}, {@code orders_user_id_fkey}) for a database whose constraints PostgreSQL
     * named. Changing it later renames every such constraint ({@code ALTER TABLE … RENAME
     * CONSTRAINT}); nothing is rebuilt.
     */
    ConstraintNaming naming() default ConstraintNaming.MIGRATA;

    /**
     * PostgreSQL extensions the schema needs, e.g. {@code {"pg_trgm", "citext"}}: the revision in
     * which a name first appears here runs {@code CREATE EXTENSION IF NOT EXISTS <name>} first in its
     * first transaction, before its other statements. Removing a name later drops nothing, and no
     * downgrade drops an extension: other schemas of the database may use it (the same as {@code
     * vector}, which is created whenever a {@link Vector} column or {@link VectorIndex} needs it,
     * without being listed). Names are letters, digits, {@code _} and {@code -}, starting with a
     * letter. Default: none.
     */
    String[] extensions() default {};

    /**
     * The {@link View} classes of the schema, in creation order: a view may read the views listed
     * before it. Default: none.
     */
    Class<?>[] views() default {};

    /** The {@link SqlFunction} classes of the schema. Default: none. */
    Class<?>[] functions() default {};

    /** The {@link Trigger} classes of the schema. Default: none. */
    Class<?>[] triggers() default {};

    /**
     * Whether to generate {@code <SchemaClass>Tables}, the table metamodels: per table a nested
     * {@code <Table>Table} with {@code NAME} and a constant per column, so application SQL uses
     * checked names ({@code "SELECT " + UserTable.EMAIL + " FROM " + UserTable.NAME} after {@code
     * import app.AppSchemaTables.UserTable;}). Default {@code false}: each table's metamodel is a
     * class file of its own, which javac compiles on every clean build (about 1 ms a table in a
     * cold compile), so only a schema whose code uses them asks for them.
     */
    boolean metamodel() default false;
}
