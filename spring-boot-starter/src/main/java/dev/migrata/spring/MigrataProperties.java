package dev.migrata.spring;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code migrata.*} properties: how the starter builds its {@link dev.migrata.runtime.Migrator}
 * and where it migrates to at startup. A timeout or retry count left unset keeps the runtime's
 * default (lock timeout 10 minutes, DDL lock timeout 5 seconds, 5 DDL lock retries).
 */
@ConfigurationProperties(prefix = "migrata")
public class MigrataProperties {

    /** Whether to migrate at startup (and to offer the endpoint and health contributor). */
    private boolean enabled = true;

    /** Where startup migrates to: head, +N, a revision id or a unique prefix of one. */
    private String target = "head";

    /** The chain to apply (its @Schema name) when the class path holds several. */
    private String schema;

    /** How long to wait for another migrator's lock, and for locks on the history table (runtime default: 10m). */
    private Duration lockTimeout;

    /** How long each statement of a revision waits for its table lock before its group is retried (runtime default: 5s). */
    private Duration ddlLockTimeout;

    /** How many times a transaction group whose lock wait ran out is tried again (runtime default: 5). */
    private Integer ddlLockRetries;

    /** Accept a database that newer code has migrated past this chain's head (rolling deployments). */
    private boolean allowUnknownRevisions;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getDdlLockTimeout() {
        return ddlLockTimeout;
    }

    public void setDdlLockTimeout(Duration ddlLockTimeout) {
        this.ddlLockTimeout = ddlLockTimeout;
    }

    public Integer getDdlLockRetries() {
        return ddlLockRetries;
    }

    public void setDdlLockRetries(Integer ddlLockRetries) {
        this.ddlLockRetries = ddlLockRetries;
    }

    public boolean isAllowUnknownRevisions() {
        return allowUnknownRevisions;
    }

    public void setAllowUnknownRevisions(boolean allowUnknownRevisions) {
        this.allowUnknownRevisions = allowUnknownRevisions;
    }
}
