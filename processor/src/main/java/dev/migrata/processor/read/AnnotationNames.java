package dev.migrata.processor.read;

import dev.migrata.runtime.DataMigration;
import java.util.List;

/**
 * The qualified names of the annotations and foreign types the read stage recognizes. The processor
 * matches them by name: it must not load the annotation classes ({@code getAnnotation} throws on
 * class literals), and it does not depend on pgvector or on the runtime.
 */
public final class AnnotationNames {

    private static final String PACKAGE = "dev.migrata.annotations.";

    /** {@code @Schema}. */
    public static final String SCHEMA = PACKAGE + "Schema";
    /** {@code @Table}. */
    public static final String TABLE = PACKAGE + "Table";
    /** {@code @Column}. */
    public static final String COLUMN = PACKAGE + "Column";
    /** {@code @Vector}. */
    public static final String VECTOR = PACKAGE + "Vector";
    /** {@code @VectorIndex}. */
    public static final String VECTOR_INDEX = PACKAGE + "VectorIndex";
    /** {@code @Index}. */
    public static final String INDEX = PACKAGE + "Index";
    /** {@code @Indexes}, the container of {@code @Index}. */
    public static final String INDEXES = PACKAGE + "Indexes";
    /** {@code @Unique}. */
    public static final String UNIQUE = PACKAGE + "Unique";
    /** {@code @Uniques}, the container of {@code @Unique}. */
    public static final String UNIQUES = PACKAGE + "Uniques";
    /** {@code @Check}. */
    public static final String CHECK = PACKAGE + "Check";
    /** {@code @Checks}, the container of {@code @Check}. */
    public static final String CHECKS = PACKAGE + "Checks";
    /** {@code @References}. */
    public static final String REFERENCES = PACKAGE + "References";
    /** {@code @Revision}. */
    public static final String REVISION = PACKAGE + "Revision";
    /** {@code @PgEnum}. */
    public static final String PG_ENUM = PACKAGE + "PgEnum";
    /** {@code @EnumLabel}. */
    public static final String ENUM_LABEL = PACKAGE + "EnumLabel";
    /** {@code @View}. */
    public static final String VIEW = PACKAGE + "View";
    /** {@code @SqlFunction}. */
    public static final String SQL_FUNCTION = PACKAGE + "SqlFunction";
    /** {@code @Trigger}. */
    public static final String TRIGGER = PACKAGE + "Trigger";

    /** {@code @RenameTable} and its container. */
    public static final Repeatable RENAME_TABLE = new Repeatable("RenameTable", "RenameTables");
    /** {@code @RenameColumn} and its container. */
    public static final Repeatable RENAME_COLUMN = new Repeatable("RenameColumn", "RenameColumns");
    /** {@code @DropTable} and its container. */
    public static final Repeatable DROP_TABLE = new Repeatable("DropTable", "DropTables");
    /** {@code @DropColumn} and its container. */
    public static final Repeatable DROP_COLUMN = new Repeatable("DropColumn", "DropColumns");
    /** {@code @ChangeType} and its container. */
    public static final Repeatable CHANGE_TYPE = new Repeatable("ChangeType", "ChangeTypes");
    /** {@code @Sql} and its container. */
    public static final Repeatable SQL = new Repeatable("Sql", "SqlSteps");

    /** The directives a {@code @Revision} may carry, in the order they are read. */
    public static final List<Repeatable> DIRECTIVES =
            List.of(RENAME_TABLE, RENAME_COLUMN, DROP_TABLE, DROP_COLUMN, CHANGE_TYPE, SQL);

    /** The runtime interface a revision implements to run Java code after its SQL. */
    public static final String DATA_MIGRATION = DataMigration.class.getName();

    /** pgvector-java's {@code vector} type. */
    public static final String PG_VECTOR = "com.pgvector.PGvector";
    /** pgvector-java's {@code halfvec} type. */
    public static final String PG_HALFVEC = "com.pgvector.PGhalfvec";
    /** pgvector-java's {@code sparsevec} type. */
    public static final String PG_SPARSEVEC = "com.pgvector.PGsparsevec";
    /** pgvector-java's {@code bit} type. */
    public static final String PG_BIT = "com.pgvector.PGbit";

    private AnnotationNames() {}

    /**
     * A repeatable annotation: javac wraps two or more uses in the container.
     *
     * @param simpleName the annotation's simple name, as users write it
     * @param containerSimpleName the container's simple name
     */
    public record Repeatable(String simpleName, String containerSimpleName) {

        /** The annotation's qualified name. */
        public String name() {
            return PACKAGE + simpleName;
        }

        /** The container's qualified name. */
        public String container() {
            return PACKAGE + containerSimpleName;
        }
    }
}
