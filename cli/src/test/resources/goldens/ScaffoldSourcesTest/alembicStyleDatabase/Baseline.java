package com.example.schema;

import dev.migrata.annotations.Revision;

/**
 * The revision that adopts the existing database: compiled, it creates the scaffolded schema in
 * a fresh database; on the database it was scaffolded from, {@code migrata stamp head} records it
 * without running anything.
 */
@Revision(
        id = "001_baseline",
        message = "baseline of the existing database"
)
public final class Baseline {
}
