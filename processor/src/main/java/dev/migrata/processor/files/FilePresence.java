package dev.migrata.processor.files;

/** Which of a revision's two files exist. */
public enum FilePresence {
    /** Neither: the revision has not been generated yet. */
    NONE,
    /** Only {@code <id>.sql}. */
    ONLY_SQL,
    /** Only {@code <id>.schema.json}. */
    ONLY_SNAPSHOT,
    /** Both: the revision is frozen. */
    BOTH;

    static FilePresence of(boolean sql, boolean snapshot) {
        if (sql && snapshot) {
            return BOTH;
        }
        if (sql) {
            return ONLY_SQL;
        }
        return snapshot ? ONLY_SNAPSHOT : NONE;
    }
}
