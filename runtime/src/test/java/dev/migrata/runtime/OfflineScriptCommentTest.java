package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A revision message is written into the offline script as a {@code --} comment: whatever line
 * terminators it holds, applying the script with psql runs only the revisions' statements. Messages
 * and steps reach the history row as they are, {@code %} signs included.
 */
class OfflineScriptCommentTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final List<String> HOSTILE_MESSAGES = List.of(
            "carriage return\rDROP TABLE victims;",
            "line feed\nDROP TABLE victims;",
            "line separator\u2028DROP TABLE victims;",
            "paragraph separator\u2029DROP TABLE victims;",
            "next line\u0085DROP TABLE victims;",
            "vertical tab\u000BDROP TABLE victims;");

    @Test
    void messagesWithLineBreaksStayInTheirComment() throws Exception {
        TestChain.Builder builder = TestChain.named("victims")
                .revision(
                        "001",
                        "create victims",
                        List.of(transactional("CREATE TABLE victims (id integer)")),
                        List.of(transactional("DROP TABLE victims")));
        for (int i = 0; i < HOSTILE_MESSAGES.size(); i++) {
            builder.revision(
                    String.format("%03d", i + 2),
                    HOSTILE_MESSAGES.get(i),
                    List.of(transactional("SELECT 1")),
                    List.of());
        }
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            String script = db.migrator(builder.build()).build().sql("base", "head");
            List<String> comments = script.lines()
                    .filter(line -> line.startsWith("-- Running upgrade") && !line.contains("-> 001"))
                    .toList();
            assertEquals(HOSTILE_MESSAGES.size(), comments.size(), script);
            for (String comment : comments) {
                assertTrue(comment.endsWith(" DROP TABLE victims;"), comment);
            }
            db.psql(script);
            assertEquals("victims", db.query("SELECT to_regclass('victims')::text"));
            assertEquals("7", db.query("SELECT count(*) FROM migrata_revisions"));
            assertEquals(
                    HOSTILE_MESSAGES.get(0),
                    db.query("SELECT message FROM migrata_revisions WHERE id = '002'"),
                    "the history row keeps the message as it is");
        }
    }

    @Test
    void percentSignsInMessagesAndStepsReachTheHistoryRowAsTheyAre() throws Exception {
        String message = "100%nice: 50% off %s%n";
        List<MigrationStep> down = List.of(
                transactional("DELETE FROM domains WHERE name LIKE 'dom%'"),
                transactional("UPDATE domains SET note = '100%nice'"),
                transactional("DROP TABLE domains"));
        TestChain chain = TestChain.named("domains")
                .revision(
                        "001_domains",
                        message,
                        List.of(transactional("CREATE TABLE domains (name text, note text)")),
                        down)
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            String script = db.migrator(chain).build().sql("base", "head");
            assertTrue(script.contains("'DELETE FROM domains WHERE name LIKE ''dom%'''"), script);
            assertTrue(script.contains("'UPDATE domains SET note = ''100%nice'''"), script);

            db.psql(script);
            assertEquals(message, db.query("SELECT message FROM migrata_revisions"));
            try (Connection connection = db.connect()) {
                assertEquals(Optional.of(down), RevisionTable.recordedDowngrade(connection, "test", "001_domains"));
            }
        }
    }
}
