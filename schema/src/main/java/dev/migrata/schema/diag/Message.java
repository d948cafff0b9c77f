package dev.migrata.schema.diag;

/**
 * Every diagnostic Migrata reports, with a stable code. Codes are never reused or renumbered; users
 * search for them. Each template says what is wrong, where, and the exact fix.
 *
 * <p>Ranges: 1xx revision chain · 2xx tables and columns · 3xx references, indexes and keys ·
 * 4xx pgvector · 5xx diff errors (ambiguous or data-destroying changes) · 6xx warnings about
 * locking or rewriting changes · 7xx revision files · 8xx generated Java · 9xx internal.
 */
public enum Message {
    // 7xx revision files and frozen history
    MIGRATIONS_DIR_UNKNOWN(701, Kind.ERROR,
            "Cannot find the migrations folder of schema '%s': the source of this class is not under a src/main/java folder (%s). "
                    + "Pass the folder to the compiler: -Amigrata.dir=<path> (revision files then go to <path>/%s/)."),
    REVISION_FILES_MISSING(702, Kind.ERROR,
            "Revision '%s' is not the head, but its files are missing: %s. History is never regenerated (the statements "
                    + "may already run on a database); restore the files from version control, e.g. git checkout -- %s"),
    REVISION_FILES_INCOMPLETE(703, Kind.ERROR,
            "Revision '%s' has %s but not %s. Restore the missing file from version control; or, only if this is the head "
                    + "revision and it was never applied to any database, delete %s too so that both are generated again."),
    REVISION_FILE_EDITED(704, Kind.ERROR,
            "%s was edited by hand: its header says %s but its statements hash to %s. A frozen revision must not change "
                    + "(databases that applied it would no longer match): restore it from version control "
                    + "(git checkout -- %s) and declare a new @Revision for the change."),
    REVISION_FILE_MALFORMED(705, Kind.ERROR,
            "Cannot read revision file %s: %s. Restore it from version control (git checkout -- %s)."),
    HEAD_SNAPSHOT_DIFFERS(706, Kind.ERROR,
            "The @Table classes no longer match the frozen snapshot of head revision '%s' (%s):%n%s%n"
                    + "Either declare a new revision for these changes:%n    %s%n  and point @Schema(head) at it;%n"
                    + "or, only if '%s' was never applied to any database, delete %s and %s to generate it again."),
    VERIFY_FILES_MISSING(707, Kind.ERROR,
            "-Amigrata.verify=true: revision '%s' has no files (%s). Compile without migrata.verify to generate them, "
                    + "review and commit them."),
    REVISION_FILE_WRONG_PARENT(708, Kind.ERROR,
            "%s says the parent of revision '%s' is %s, but @Revision(parent) names %s. A frozen revision cannot move in "
                    + "the chain: restore its parent; to change history, declare a new revision instead."),
    REVISION_FILE_WRONG_ID(709, Kind.ERROR,
            "%s is the file of revision '%s' but its header names revision '%s'. Restore it from version control "
                    + "(git checkout -- %s)."),
    REVISION_FILE_WRITE_FAILED(710, Kind.ERROR, "Cannot write revision file %s: %s"),
    STATEMENT_NOT_WRITABLE(711, Kind.ERROR,
            "Revision '%s' cannot be written to %s: %s. Change the @Sql text so that no line of it is exactly such a marker."),

    // 8xx generated Java
    DATA_MIGRATION_NOT_INSTANTIABLE(801, Kind.ERROR,
            "%s implements DataMigration, but the generated %s cannot create it with 'new %s()': %s. "
                    + "Make it a non-abstract, non-private top-level (or static nested) class with a non-private no-argument constructor."),
    GENERATED_FILE_FAILED(802, Kind.ERROR, "Cannot write generated file %s: %s"),

    // 9xx internal
    INTERNAL_ERROR(999, Kind.ERROR, "Migrata failed unexpectedly on this element; please report it with this trace:%n%s");

    /** How a message affects the build. */
    public enum Kind {
        /** Fails compilation; nothing is generated. */
        ERROR,
        /** Reported; generation goes on. */
        WARNING
    }

    private final int code;
    private final Kind kind;
    private final String template;

    Message(int code, Kind kind, String template) {
        this.code = code;
        this.kind = kind;
        this.template = template;
    }

    /** The stable code, e.g. {@code MIG101}. */
    public String code() {
        return "MIG" + code;
    }

    /** Whether it is an error or a warning. */
    public Kind kind() {
        return kind;
    }

    /** The text with its code in front: {@code [MIG101] ...}. */
    public String format(Object... args) {
        return "[" + code() + "] " + String.format(template, args);
    }
}
