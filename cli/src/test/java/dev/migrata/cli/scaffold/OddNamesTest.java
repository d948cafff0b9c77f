package dev.migrata.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names no Java name can be, and text that reads like Java or a comment's end: the written sources
 * compile, carry every name verbatim, and check clean; a table with a name no declaration can take
 * is listed, not written.
 */
class OddNamesTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path migrations;

    @Test
    void oddNamesAreWrittenVerbatimAndNothingBecomesCode() throws Exception {
        db.execute("""
                CREATE TYPE "TrafficLight" AS ENUM ('red', 'amber */ "x"', '1st');
                CREATE TABLE "Order Lines*/" (id bigint PRIMARY KEY);
                CREATE POLICY everyone ON "Order Lines*/" USING (true);
                CREATE TABLE "OrderLines" (
                    "class" integer PRIMARY KEY,
                    "CamelCase" text DEFAULT 'a"); System.exit(1); //',
                    "String" "TrafficLight",
                    "order_lines" text);
                COMMENT ON TABLE "OrderLines" IS 'ends */ a comment \\u000a and {@code x}';
                CREATE TABLE string (id bigint PRIMARY KEY);
                CREATE FUNCTION "stamp"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.order_lines = '"); System.exit(1); // */ \\u000a'; RETURN NEW; END $$;
                CREATE TRIGGER order_lines_stamp BEFORE INSERT ON "OrderLines" FOR EACH ROW
                    WHEN (NEW."CamelCase" <> '*/ "); //') EXECUTE FUNCTION stamp();
                """);
        ScaffoldResult result;
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl())) {
            result = Scaffold.fromDatabase(connection, null, "app");
        }
        String lines = result.sources().get("app.OrderLines");
        assertEquals(
                List.of(
                        "table Order Lines*/: not declared (check() lists it as an extra table unless --exclude leaves it"
                                + " out), since the name 'Order Lines*/' is not one a declaration can"
                                + " take: it contains U+0020, but a name is letters, digits, '_' and '$', starting with a letter"
                                + " or '_'",
                        "table Order Lines*/: row security policy everyone"),
                result.notExpressed());
        assertTrue(lines.contains("@Table(\n        name = \"OrderLines\","), lines);
        assertTrue(lines.contains("@Column(name = \"class\", primaryKey = true) int class_"), lines);
        assertTrue(lines.contains(" * Table <code>OrderLines</code>, as scaffolded"), lines);
        assertTrue(
                result.sources().get("app.PublicSchema").contains("<li>table Order Lines&#42;&#47;: not declared"),
                result.sources().get("app.PublicSchema"));
        assertTrue(result.sources().get("app.TrafficLight").contains("@PgEnum(\n        name = \"TrafficLight\"\n)"));
        assertTrue(
                lines.contains("@Column(name = \"CamelCase\", defaultValue = \"'a\\\"); System.exit(1); //'::text\")"),
                lines);
        // A function body and a trigger condition that read like Java stay string literals.
        assertTrue(
                result.sources()
                        .get("app.Stamp")
                        .contains("NEW.order_lines = '\\\"); System.exit(1); // */ \\\\u000a'; RETURN NEW; END"),
                result.sources().get("app.Stamp"));
        assertTrue(
                result.sources()
                        .get("app.OrderLinesStamp")
                        .contains("when = \"(new.\\\"CamelCase\\\" <> '*/ \\\"); //'::text)\""),
                result.sources().get("app.OrderLinesStamp"));
        assertTrue(
                result.sources().containsKey("app.StringTable"),
                result.sources().keySet().toString());

        MigrationChain chain = new ScaffoldedProject(migrations, result).compileChain("app.PublicSchema");
        DriftReport report =
                Migrator.builder().url(db.jdbcUrl()).chain(chain).build().check();
        assertEquals(
                List.of("EXTRA_TABLE Order Lines*/: expected none, found table"),
                report.drifts().stream().map(DriftReport.Drift::toString).toList(),
                report.toString());
        assertTrue(Migrator.builder()
                .url(db.jdbcUrl())
                .chain(chain)
                .checkExclude("Order Lines*")
                .build()
                .check()
                .isClean());
        assertEquals("001_baseline", chain.head().id());
    }
}
