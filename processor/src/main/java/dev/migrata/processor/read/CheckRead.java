package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;

/**
 * A {@code @Check} on a table, as written.
 *
 * @param expression the boolean SQL expression, verbatim
 * @param name the name, {@code ""} for the schema's naming rule
 * @param origin the annotation
 * @param nameOrigin its {@code name} value, or the annotation
 * @param sqlValue its expression, written verbatim into SQL
 */
public record CheckRead(String expression, String name, Origin origin, Origin nameOrigin, SqlValueRead sqlValue) {}
