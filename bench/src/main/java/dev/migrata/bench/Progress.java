package dev.migrata.bench;

/** Progress lines on stderr, with the time since the bench started. */
final class Progress {

    private static final long START = System.nanoTime();

    private Progress() {}

    static void say(String format, Object... args) {
        System.err.printf("[%5.0fs] %s%n", (System.nanoTime() - START) / 1e9, String.format(format, args));
    }
}
