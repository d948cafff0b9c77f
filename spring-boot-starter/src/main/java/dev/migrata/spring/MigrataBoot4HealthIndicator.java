package dev.migrata.spring;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The {@code migrata} health contributor on Spring Boot 4, whose health API moved to {@code
 * org.springframework.boot.health}; otherwise the same as {@link MigrataBoot3HealthIndicator}.
 */
class MigrataBoot4HealthIndicator extends AbstractHealthIndicator {

    private final MigrataHealthCheck check;

    MigrataBoot4HealthIndicator(MigrataHealthCheck check) {
        super("Migrata health check failed");
        this.check = check;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrataHealthCheck.Result result = check.run();
        builder.status(new Status(result.status())).withDetails(result.details());
    }
}
