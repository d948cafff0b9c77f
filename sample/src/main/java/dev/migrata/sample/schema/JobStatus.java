package dev.migrata.sample.schema;

/** Where a simulation job is in its life. Stored as text with a CHECK listing the constants. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED
}
