package dev.migrata.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * Starts real Spring Boot applications against a test database. Everything here is the same on
 * Boot 3 and Boot 4 (this source set runs on both): the application is assembled by {@link
 * EnableAutoConfiguration} from what the class path holds, never by naming auto-configuration
 * classes, which Boot 4 moved.
 */
final class TestApplications {

    /** A password the server never asks for (trust authentication); it must appear in no output. */
    static final String PASSWORD = "s3cret-do-not-print";

    private TestApplications() {}

    /** The application: auto-configuration only; tests add their own beans. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {}

    /**
     * Starts an application on {@code jdbcUrl} with the given extra configuration classes and
     * {@code key=value} properties.
     */
    static ConfigurableApplicationContext start(String jdbcUrl, List<Class<?>> beans, String... properties) {
        return start(WebApplicationType.NONE, jdbcUrl, beans, properties);
    }

    /** Starts a web application on a free port ({@code local.server.port}), as {@link #start} otherwise. */
    static ConfigurableApplicationContext startWeb(String jdbcUrl, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("server.port=0");
        return start(WebApplicationType.SERVLET, jdbcUrl, List.of(), all.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(
            WebApplicationType type, String jdbcUrl, List<Class<?>> beans, String... properties) {
        List<Class<?>> sources = new ArrayList<>();
        sources.add(App.class);
        sources.addAll(beans);
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.password=" + PASSWORD,
                "spring.datasource.hikari.maximum-pool-size=3",
                "spring.main.banner-mode=off",
                "management.endpoints.web.exposure.include=migrata,health",
                "management.endpoint.health.show-details=always"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(type)
                .properties(all.toArray(String[]::new))
                .run();
    }

    /** Whether the application runs on Spring Boot 4. */
    static boolean onBoot4() {
        return SpringBootVersion.getVersion().startsWith("4.");
    }

    /** Runs a statement on the database, outside any application. */
    static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of the first row of a query, as text; {@code null} for SQL NULL. */
    static String queryForString(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
