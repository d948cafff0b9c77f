package dev.migrata.spring;

import dev.migrata.runtime.Migrator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that migrates the database when it is created. Spring Boot's database initialization
 * ordering ({@link MigrataDatabaseInitializerDetector}) makes every bean that uses the database
 * (JdbcTemplate, JPA's EntityManagerFactory, jOOQ's DSLContext, beans annotated
 * {@code @DependsOnDatabaseInitialization}) depend on it, so none of them is created before the
 * migration has run.
 */
public class MigrataMigrationInitializer implements InitializingBean {

    private static final Log LOG = LogFactory.getLog(MigrataMigrationInitializer.class);

    private final Migrator migrator;
    private final MigrataMigrationStrategy strategy;
    private final String target;
    private volatile List<String> applied = List.of();

    /**
     * @param migrator the migrator to run
     * @param strategy what to run instead of the default upgrade, or {@code null}
     * @param target where the default upgrade goes: head, +N, an id or a unique prefix
     */
    public MigrataMigrationInitializer(Migrator migrator, MigrataMigrationStrategy strategy, String target) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
        this.strategy = strategy;
        this.target = Objects.requireNonNull(target, "target");
    }

    @Override
    public void afterPropertiesSet() {
        if (strategy != null) {
            strategy.migrate(migrator);
            return;
        }
        applied = migrator.upgrade(target);
        String chain = migrator.chain().name();
        if (applied.isEmpty()) {
            LOG.info("Schema " + chain + " is already at " + target + ": nothing to migrate");
        } else {
            LOG.info("Migrated schema " + chain + " to " + applied.get(applied.size() - 1) + ", applying "
                    + String.join(", ", applied));
        }
    }

    /**
     * The ids of the revisions the default upgrade applied at startup, in order; empty when the
     * database was already at the target or a {@link MigrataMigrationStrategy} ran instead.
     */
    public List<String> appliedRevisions() {
        return applied;
    }
}
