package dev.migrata.maven;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.MigrationException;
import dev.migrata.runtime.internal.MigratorLogCapture;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal that talks to a database shares: the connection settings (configured as {@code
 * flyway-maven-plugin}'s are: {@code <url>}, {@code <user>}, {@code <password>}, else {@code
 * -Dmigrata.url}, {@code -Dmigrata.user}, {@code -Dmigrata.password}, else {@code DATABASE_URL}),
 * the runtime's log lines in Maven's log, and failures in Maven's terms: a refusal of the runtime
 * fails the build with its message ({@link MojoFailureException}), never with a password in it.
 */
abstract class AbstractMigrataMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    /**
     * The database: {@code jdbc:postgresql://host:5432/db}, or {@code postgresql://user:pw@host/db} as
     * in {@code DATABASE_URL}. When not configured: the {@code migrata.url} property ({@code
     * -Dmigrata.url=…}), then the {@code DATABASE_URL} environment variable.
     */
    @Parameter
    String url;

    /** The role to connect as; wins over the URL's. When not configured: {@code -Dmigrata.user}. */
    @Parameter
    String user;

    /**
     * The password; wins over the URL's. When not configured: {@code -Dmigrata.password}. Never shown
     * in any output.
     */
    @Parameter
    String password;

    /** Skip the goal. */
    @Parameter(property = "migrata.skip", defaultValue = "false")
    boolean skip;

    /** The URL the goal connects to, once resolved: what {@link #scrub} takes the password of. */
    private DatabaseUrl database;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: migrata.skip is true");
            return;
        }
        try (MigratorLogCapture bridge = MavenLogBridge.install(getLog(), this::scrub)) {
            run();
        } catch (MigrationException | IllegalArgumentException | IllegalStateException e) {
            // The runtime's refusals and its builder's checks: the message is the whole story, and the
            // cause is left out, as Maven prints it with -e and it may hold a driver's words.
            throw new MojoFailureException(scrub(e.getMessage()));
        } catch (RuntimeException e) {
            if (getLog().isDebugEnabled()) {
                // The trace's messages may come from a driver: scrubbed too, and only with -X.
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                getLog().debug(scrub(trace.toString()));
            }
            throw new MojoExecutionException(
                    scrub(e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    /** The goal's work; the runtime's refusals it lets through become build failures. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * The resolved connection settings; call before anything else connects, so that failures are
     * scrubbed of this URL's password.
     */
    final DatabaseUrl database() throws MojoFailureException {
        if (database == null) {
            database = settings().database();
        }
        return database;
    }

    /** The connection settings as configured; {@link #database()} records their URL for {@link #scrub}. */
    final ConnectionSettings settings() throws MojoFailureException {
        return ConnectionSettings.resolve(
                new ConnectionSettings.Configured(url, user, password),
                System.getenv(),
                session.getUserProperties(),
                session.getSystemProperties());
    }

    /**
     * Registers the plugin's PostgreSQL driver: {@code DriverManager} finds drivers through the
     * context class loader of its first use, which in a Maven JVM may have been another plugin's.
     */
    static void loadDriver() {
        try {
            Class.forName("org.postgresql.Driver", true, AbstractMigrataMojo.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The PostgreSQL JDBC driver is missing from the plugin", e);
        }
    }

    /** The text without the password of the resolved URL, in any form it may take. */
    final String scrub(String text) {
        return database == null ? text : database.scrub(text);
    }

    /** Logs each line of a multi-line text as {@code [INFO]}. */
    final void info(String text) {
        text.lines().forEach(line -> getLog().info(scrub(line)));
    }
}
