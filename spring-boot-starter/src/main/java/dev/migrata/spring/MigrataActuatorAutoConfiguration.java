package dev.migrata.spring;

import dev.migrata.runtime.Migrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The actuator endpoint {@code migrata} and the {@code migrata} health contributor, when the
 * actuator is on the class path and the starter has a {@link Migrator}. Boot 4 moved the health API
 * to its own module and package, so each line gets its own health configuration, chosen by the
 * classes present; the endpoint API is the same in both.
 */
@AutoConfiguration(after = MigrataAutoConfiguration.class)
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
@ConditionalOnBean(Migrator.class)
@ConditionalOnProperty(prefix = "migrata", name = "enabled", havingValue = "true", matchIfMissing = true)
public class MigrataActuatorAutoConfiguration {

    /** The endpoint, when exposed (for example {@code management.endpoints.web.exposure.include=migrata}). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnAvailableEndpoint(endpoint = MigrataEndpoint.class)
    static class Endpoint {

        @Bean
        @ConditionalOnMissingBean
        MigrataEndpoint migrataEndpoint(Migrator migrator) {
            return new MigrataEndpoint(migrator);
        }
    }

    /** Spring Boot 3's health API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.AbstractHealthIndicator")
    @org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator("migrata")
    static class Boot3Health {

        @Bean
        @ConditionalOnMissingBean(name = "migrataHealthIndicator")
        MigrataBoot3HealthIndicator migrataHealthIndicator(Migrator migrator) {
            return new MigrataBoot3HealthIndicator(new MigrataHealthCheck(migrator));
        }
    }

    /** Spring Boot 4's health API. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.AbstractHealthIndicator")
    @org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator("migrata")
    static class Boot4Health {

        @Bean
        @ConditionalOnMissingBean(name = "migrataHealthIndicator")
        MigrataBoot4HealthIndicator migrataHealthIndicator(Migrator migrator) {
            return new MigrataBoot4HealthIndicator(new MigrataHealthCheck(migrator));
        }
    }
}
