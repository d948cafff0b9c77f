package dev.migrata.spring;

import dev.migrata.runtime.Migrator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Migrates the application's {@link DataSource} at startup with the chain compiled into the
 * application, before any bean that uses the database, as Spring Boot's Flyway and Liquibase
 * auto-configurations do. Off with {@code migrata.enabled=false}.
 *
 * <p>One jar serves Boot 3.5 and Boot 4.0: the classes Boot 4 moved (its DataSource
 * auto-configuration now lives in {@code org.springframework.boot.jdbc.autoconfigure}) are named
 * as strings for both lines.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
        })
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "migrata", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(MigrataProperties.class)
public class MigrataAutoConfiguration {

    /** The migrator for the application's data source, configured by the {@code migrata.*} properties. */
    @Bean
    @ConditionalOnMissingBean
    public Migrator migrataMigrator(DataSource dataSource, MigrataProperties properties) {
        Migrator.Builder builder =
                MigratorSettings.apply(properties, Migrator.builder().dataSource(dataSource));
        try {
            return builder.build();
        } catch (IllegalStateException noSingleChain) {
            // The runtime's advice is for code that builds its own migrator; say what applies here.
            throw new IllegalStateException(
                    noSingleChain
                                    .getMessage()
                                    .replace("; pass chain(...)", "")
                                    .replace("; choose one with chainName(...)", "")
                            + ". The annotation processor registers each @Schema's chain when it compiles it;"
                            + " choose one of several with migrata.schema, or declare a Migrator bean of your own.",
                    noSingleChain);
        }
    }

    /** Runs the migration (or the application's {@link MigrataMigrationStrategy}) when created. */
    @Bean
    @ConditionalOnMissingBean
    public MigrataMigrationInitializer migrataMigrationInitializer(
            Migrator migrator, ObjectProvider<MigrataMigrationStrategy> strategy, MigrataProperties properties) {
        return new MigrataMigrationInitializer(migrator, strategy.getIfAvailable(), properties.getTarget());
    }

    /** Keeps the migration at startup when the application initializes its beans lazily. */
    @Bean
    public static LazyInitializationExcludeFilter migrataLazyInitializationExcludeFilter() {
        return LazyInitializationExcludeFilter.forBeanTypes(MigrataMigrationInitializer.class);
    }

    /**
     * Makes the beans that use the database depend on the initializer. Boot 4 keeps the configurer
     * in {@code spring-boot-sql}, present whenever its JDBC support is.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(
            name = "org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer")
    @Import(DatabaseInitializationDependencyConfigurer.class)
    static class DatabaseInitializationOrdering {}
}
