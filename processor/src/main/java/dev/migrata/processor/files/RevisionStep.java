package dev.migrata.processor.files;

import dev.migrata.schema.sql.SqlStatement;
import java.util.Objects;

/**
 * One step of a revision as the runtime runs it: a SQL statement with its facts, or the revision's
 * Java {@code DataMigration}, which runs in the first transaction group at the place its {@code
 * .sql} file lists it.
 *
 * @param statement the SQL statement, or {@code null} for the Java step
 * @param dataMigration the qualified name of the {@code DataMigration} class for the Java step, or
 *     {@code null} for a SQL step
 */
public record RevisionStep(SqlStatement statement, String dataMigration) {

    /** The transaction group the Java step runs in: the revision's first. */
    public static final int JAVA_GROUP = SqlStatement.FIRST_GROUP;

    /** Checks that the step is exactly one of the two kinds. */
    public RevisionStep {
        if ((statement == null) == (dataMigration == null)) {
            throw new IllegalArgumentException("a step is either a SQL statement or a Java step");
        }
    }

    /** A SQL step. */
    public static RevisionStep of(SqlStatement statement) {
        return new RevisionStep(Objects.requireNonNull(statement, "statement"), null);
    }

    /** The Java step running {@code dataMigrationClass}. */
    public static RevisionStep java(String dataMigrationClass) {
        return new RevisionStep(null, Objects.requireNonNull(dataMigrationClass, "dataMigrationClass"));
    }

    /** Whether this is the Java step. */
    public boolean isJava() {
        return dataMigration != null;
    }

    /** The transaction group the step runs in ({@code 0}: outside any transaction). */
    public int group() {
        return isJava() ? JAVA_GROUP : statement.group();
    }
}
