package dev.migrata.bench;

/**
 * How many repetitions each scenario takes; {@link #full()} fits the documented 15 minutes on two
 * cores, {@link #quick()} is for trying the bench out.
 *
 * @param warmupRounds untimed in-process rounds before measuring
 * @param warmRounds timed in-process rounds (each runs every tool once)
 * @param warmSeconds stop timing one N after this long, whatever the rounds
 * @param processRounds whole-JVM rounds per N
 * @param freshRounds fresh-apply rounds per N
 * @param compileRounds javac rounds per schema size
 * @param targetCompileRounds javac rounds for the size the processor's target is set for (200 tables
 *     × 100 revisions), where the decomposition of the overhead needs the tighter medians
 * @param onlineRows rows of the table the online scenario changes under write load
 */
record Budget(
        int warmupRounds,
        int warmRounds,
        int warmSeconds,
        int processRounds,
        int freshRounds,
        int compileRounds,
        int targetCompileRounds,
        int onlineRows) {

    static Budget full() {
        return new Budget(15, 80, 40, 15, 5, 2, 9, 2_000_000);
    }

    static Budget quick() {
        return new Budget(3, 8, 10, 2, 1, 1, 1, 200_000);
    }

    /** The javac rounds for one schema size. */
    int compileRounds(int tables, int revisions) {
        return tables == 200 && revisions == 100 ? targetCompileRounds : compileRounds;
    }
}
