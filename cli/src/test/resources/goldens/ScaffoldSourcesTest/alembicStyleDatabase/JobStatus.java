package com.example.schema;

import dev.migrata.annotations.EnumLabel;
import dev.migrata.annotations.PgEnum;

/**
 * Native enum type <code>job_status</code>, as scaffolded from the database.
 */
@PgEnum
public enum JobStatus {
    @EnumLabel("queued")
    QUEUED,

    @EnumLabel("running")
    RUNNING,

    @EnumLabel("parliament-period")
    PARLIAMENT_PERIOD
}
