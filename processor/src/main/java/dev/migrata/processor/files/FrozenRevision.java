package dev.migrata.processor.files;

import dev.migrata.schema.model.SchemaModel;

/**
 * A revision read back from its files: the statements, exactly as written, and the schema after it.
 *
 * @param sql the parsed {@code <id>.sql}
 * @param snapshot the parsed {@code <id>.schema.json}
 */
public record FrozenRevision(RevisionSqlFile sql, SchemaModel snapshot) {}
