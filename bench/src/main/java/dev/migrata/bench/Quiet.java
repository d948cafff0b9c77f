package dev.migrata.bench;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the tools alike: all three log through java.util.logging here (Migrata through
 * System.Logger, Flyway and Liquibase finding no other framework), and per-revision console lines
 * would measure the terminal rather than the tool. Also switches off Liquibase's usage analytics
 * and Redgate's telemetry, which would otherwise reach for the network.
 */
final class Quiet {

    private Quiet() {}

    static void logging() {
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        Logger root = Logger.getLogger("");
        root.setLevel(Level.SEVERE);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(Level.SEVERE);
        }
    }
}
