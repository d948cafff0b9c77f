package dev.migrata.processor;

import dev.migrata.processor.files.RevisionStep;
import java.util.List;

/** The text of the NOTE that says what a newly written revision runs. */
final class RevisionNote {

    private RevisionNote() {}

    /**
     * The NOTE printed on a revision whose files were written, saying what the upgrade runs and
     * which warnings it carries: {@code wrote lab/004_x.sql: 5 steps in 3 transactions, warnings
     * MIG601, MIG602}.
     *
     * @param sqlFile the {@code .sql} file as shown: its folder's name and its own
     * @param upgrade the upgrade steps in the order they run
     * @param warningCodes the codes of the revision's warnings, in the order to show them
     */
    static String wroteRevision(String sqlFile, List<RevisionStep> upgrade, List<String> warningCodes) {
        String text = "wrote " + sqlFile + ": " + describe(upgrade) + ", warnings "
                + (warningCodes.isEmpty() ? "none" : String.join(", ", warningCodes));
        return text;
    }

    /** {@code 5 steps in 2 transactions and 1 outside any transaction}. */
    private static String describe(List<RevisionStep> steps) {
        if (steps.isEmpty()) {
            return "no steps";
        }
        int transactions = 0;
        int outside = 0;
        int group = -1;
        for (RevisionStep step : steps) {
            // Consecutive steps of one group share a transaction; a step outside any runs alone.
            if (step.group() == 0) {
                outside++;
            } else if (step.group() != group) {
                transactions++;
            }
            group = step.group();
        }
        String text = count(steps.size(), "step");
        if (transactions > 0) {
            text += " in " + count(transactions, "transaction");
            if (outside > 0) {
                text += " and " + outside + " outside any transaction";
            }
        } else {
            text += " outside any transaction";
        }
        return text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
