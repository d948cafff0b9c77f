package dev.migrata.runtime;

/**
 * An applied revision whose recorded checksums differ from the compiled ones: what {@link
 * Migrator#repair()} records anew. A revision regenerated after it was applied to a development
 * database changes its own checksum, and with it the chain checksum of every revision after it.
 *
 * @param id the revision id
 * @param position its position in the chain, from 1
 * @param recordedChecksum the checksum in the history table
 * @param compiledChecksum the checksum this code has
 * @param recordedChainChecksum the chain checksum in the history table
 * @param compiledChainChecksum the chain checksum this code has
 */
public record ChecksumChange(
        String id,
        int position,
        String recordedChecksum,
        String compiledChecksum,
        String recordedChainChecksum,
        String compiledChainChecksum) {

    /** Whether the revision's own checksum changed, rather than only its chain checksum. */
    public boolean checksumChanged() {
        return !recordedChecksum.equals(compiledChecksum);
    }

    /**
     * {@code 002_x: checksum sha256:… (recorded) -> sha256:… (compiled)}, or {@code 003_y: chain
     * checksum only, …} for a revision after a changed one.
     */
    @Override
    public String toString() {
        return id + ": "
                + (checksumChanged()
                        ? "checksum " + recordedChecksum + " (recorded) -> " + compiledChecksum + " (compiled)"
                        : "chain checksum only, " + recordedChainChecksum + " (recorded) -> " + compiledChainChecksum
                                + " (compiled)");
    }
}
