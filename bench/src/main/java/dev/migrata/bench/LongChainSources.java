package dev.migrata.bench;

import java.nio.file.Path;

/**
 * Writes a synthetic schema of T tables and a chain of R frozen revisions, for measuring one cold
 * {@code javac} of a long chain by hand (e.g. under {@code /usr/bin/time -v}): the sources, their
 * list in {@code sources.txt} and the frozen history in {@code frozen/} ({@link ProcessedChain}).
 *
 * <p>Usage: {@code LongChainSources <directory> <tables> <revisions>}.
 */
public final class LongChainSources {

    private LongChainSources() {}

    /** Writes the files; see the class comment. */
    public static void main(String[] args) throws Exception {
        ProcessedChain.write(
                Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), BenchPaths.locate());
    }
}
