package dev.migrata.spring;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The {@code migrata} health contributor on Spring Boot 3, as {@link MigrataHealthCheck} describes it. */
class MigrataBoot3HealthIndicator extends AbstractHealthIndicator {

    private final MigrataHealthCheck check;

    MigrataBoot3HealthIndicator(MigrataHealthCheck check) {
        super("Migrata health check failed");
        this.check = check;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrataHealthCheck.Result result = check.run();
        builder.status(new Status(result.status())).withDetails(result.details());
    }
}
