package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lines every front end (the CLI, the Maven plugin) prints for a history, a drift report and an offline migrator. */
class ReportTextTest {

    private static HistoryEntry entry(
            String parent, String id, HistoryEntry.State state, boolean current, boolean head) {
        return new HistoryEntry(id, parent, "first line\nsecond line", state, current, head, Instant.EPOCH, "me", 1L);
    }

    @Test
    void historyLineShowsTheFirstMessageLineAndMarks() {
        assertEquals(
                "<base> -> 001_a, first line",
                entry(null, "001_a", HistoryEntry.State.APPLIED, false, false).summary());
        assertEquals(
                "001_a -> 002_b (head) (current), first line",
                entry("001_a", "002_b", HistoryEntry.State.APPLIED, true, true).summary());
        assertEquals(
                "001_a -> 002_b (head), first line",
                entry("001_a", "002_b", HistoryEntry.State.PENDING, false, true).summary());
    }

    @Test
    void historyLineNamesAStateToActOn() {
        assertEquals(
                "001_a -> 002_b (current), first line [dirty]",
                entry("001_a", "002_b", HistoryEntry.State.DIRTY, true, false).summary());
        assertEquals(
                "001_a -> 002_b, first line [modified]",
                entry("001_a", "002_b", HistoryEntry.State.MODIFIED, false, false)
                        .summary());
        assertEquals(
                "002_b -> 003_x, first line [unknown]",
                entry("002_b", "003_x", HistoryEntry.State.UNKNOWN, false, false)
                        .summary());
    }

    @Test
    void driftSummaryCountsTheDifferences() {
        DriftReport.Drift drift = new DriftReport.Drift(DriftReport.Kind.EXTRA_TABLE, "notes", null, "table");
        assertEquals("No drift: the database matches the head schema", new DriftReport(List.of()).summary());
        assertEquals(
                "1 difference between the database and the head schema", new DriftReport(List.of(drift)).summary());
        assertEquals(
                "2 differences between the database and the head schema",
                new DriftReport(List.of(drift, drift)).summary());
    }

    @Test
    void anOfflineMigratorWritesScriptsAndRefusesToConnect() {
        Migrator offline = Migrator.builder()
                .offline()
                .chain(SampleChain.standard())
                .allowDataMigrationsInSql(true)
                .build();

        assertTrue(offline.sql("base", "head").startsWith("-- Migrata offline script"));
        RuntimeException refusal = assertThrows(RuntimeException.class, offline::current);
        assertTrue(
                refusal.getMessage().contains("Writing an offline script does not connect to a database"),
                refusal.getMessage());
    }
}
