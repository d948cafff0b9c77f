package dev.migrata.schema.diag;

/**
 * Every diagnostic Migrata reports, with a stable code. Codes are never reused or renumbered; users
 * search for them. Each template says what is wrong, where, and the exact fix.
 *
 * <p>Ranges: 1xx revision chain · 2xx tables and columns · 3xx references, indexes and keys ·
 * 4xx pgvector · 5xx diff errors (ambiguous or data-destroying changes) · 6xx warnings about
 * locking or rewriting changes · 7xx revision files · 9xx internal.
 */
public enum Message {
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
