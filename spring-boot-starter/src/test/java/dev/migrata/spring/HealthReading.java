package dev.migrata.spring;

import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The {@code migrata} health contributor's answer, read from the application's bean. Boot 3 and
 * Boot 4 give its {@code Health} type different packages; both have {@code health()}, {@code
 * getStatus().getCode()} and {@code getDetails()}, which this calls by name so one test source
 * serves both lines.
 */
record HealthReading(String status, Map<String, Object> details) {

    static HealthReading of(ApplicationContext context) {
        Object indicator = context.getBean("migrataHealthIndicator");
        try {
            Object health = indicator.getClass().getMethod("health").invoke(indicator);
            Object status = health.getClass().getMethod("getStatus").invoke(health);
            String code = (String) status.getClass().getMethod("getCode").invoke(status);
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>)
                    health.getClass().getMethod("getDetails").invoke(health);
            return new HealthReading(code, details);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new AssertionError("Cannot read the health of " + indicator.getClass(), e);
        }
    }
}
