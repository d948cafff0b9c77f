package dev.migrata.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.boot.sql.init.dependency.DatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MigrataMigrationInitializer} beans initialize the database, so the
 * beans Boot knows to use it (JdbcTemplate, EntityManagerFactory, DSLContext, …) are made to depend
 * on them. Registered in {@code META-INF/spring.factories} under {@link DatabaseInitializerDetector};
 * the package is the same in Boot 3 ({@code spring-boot}) and Boot 4 ({@code spring-boot-sql}).
 */
public class MigrataDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrataMigrationInitializer.class);
    }

    /**
     * Flyway's place in Boot's initializer order: before the {@code schema.sql} / {@code data.sql}
     * scripts (ordered last), which may then fill the migrated tables.
     */
    @Override
    public int getOrder() {
        return 1;
    }
}
