package dev.migrata.processor.e2e;

import static dev.migrata.processor.e2e.ChainDatabases.assertClean;
import static dev.migrata.processor.e2e.ChainDatabases.execute;
import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.schema.model.Names;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table-level {@code @Unique} and {@code @Check} end to end: on a new table, added to an existing
 * table with rows (the acceptance {@link RoundTrip}), renamed and changed. The revision files are
 * compared with the goldens; each chain is applied to a real database, {@code check()} finds it
 * clean, and a downgrade restores the parent's constraints.
 */
class UniqueCheckScenariosTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String BOOKING = """
            package app;

            import dev.migrata.annotations.Check;
            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import dev.migrata.annotations.Unique;
            import java.time.Instant;

            @Table(name = "bookings")
            %s
            record Booking(
                    @Column(primaryKey = true) long id,
                    long roomId,
                    @Column(nullable = false) Instant startsAt,
                    @Column(nullable = false) Instant endsAt) {}
            """;

    private static final String CONSTRAINTS =
            "@Unique(columns = {\"room_id\", \"starts_at\"})\n" + "@Check(\"starts_at < ends_at\")";

    /** The catalog query: every constraint of {@code bookings} with its kind and definition. */
    private static final String CONSTRAINTS_OF_BOOKINGS = "SELECT conname || ' ' || pg_get_constraintdef(oid)"
            + " FROM pg_constraint WHERE conrelid = 'bookings'::regclass ORDER BY conname";

    @TempDir
    Path dir;

    @Test
    void constraintsOfANewTable(TestInfo test) throws Exception {
        MigrataProject project = project(CONSTRAINTS, "InitialSchema");
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");
        String sql = project.read("001_initial_schema.sql");
        assertTrue(sql.contains("CONSTRAINT uq_bookings_room_id_starts_at UNIQUE (room_id, starts_at)"), sql);
        assertTrue(sql.contains("CONSTRAINT " + checkName() + " CHECK (starts_at < ends_at)"), sql);

        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("head");
            assertClean(migrator.check());
            assertEquals(declaredConstraints(), query(url, CONSTRAINTS_OF_BOOKINGS));
            execute(url, "INSERT INTO bookings VALUES (1, 7, '2026-01-01 10:00Z', '2026-01-01 11:00Z')");
            SQLException duplicate = assertThrows(
                    SQLException.class,
                    () -> execute(
                            url,
                            "INSERT INTO bookings VALUES (2, 7, '2026-01-01 10:00Z', '2026-01-01 12:00Z')"
                                    + " ON CONFLICT ON CONSTRAINT uq_bookings_room_id_starts_at DO NOTHING;"
                                    + " INSERT INTO bookings VALUES (3, 7, '2026-01-01 10:00Z', '2026-01-01 12:00Z')"));
            assertEquals("23505", duplicate.getSQLState(), duplicate.getMessage());
            SQLException backwards = assertThrows(
                    SQLException.class,
                    () -> execute(url, "INSERT INTO bookings VALUES (4, 8, '2026-01-01 10:00Z', '2026-01-01 09:00Z')"));
            assertEquals("23514", backwards.getSQLState(), backwards.getMessage());
        });
    }

    @Test
    void addedToAnExistingTableWithRows(TestInfo test) throws Exception {
        MigrataProject project = project("", "InitialSchema");
        project.compileSuccessfully();
        Compilation compilation = secondRevision(project, CONSTRAINTS, "002_constraints");
        project.assertRevisionFilesMatchGoldens(test, "002_constraints");
        String sql = project.read("002_constraints.sql");
        String upgrade = sql.substring(0, sql.indexOf("-- migrata:downgrade"));
        assertTrue(
                upgrade.contains("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_bookings_room_id_starts_at"
                        + " ON bookings (room_id, starts_at);"),
                upgrade);
        assertTrue(
                upgrade.contains("ADD CONSTRAINT uq_bookings_room_id_starts_at UNIQUE USING INDEX"
                        + " uq_bookings_room_id_starts_at;"),
                upgrade);
        assertTrue(upgrade.contains("CHECK (starts_at < ends_at) NOT VALID;"), upgrade);
        assertTrue(upgrade.contains("VALIDATE CONSTRAINT " + checkName() + ";"), upgrade);

        RoundTrip.of(server, compilation, "001_initial_schema")
                .atParent((url, migrator) -> execute(
                        url,
                        "INSERT INTO bookings SELECT g, g % 50, timestamptz '2026-01-01' + g * interval '1 hour',"
                                + " timestamptz '2026-01-01' + g * interval '1 hour' + interval '30 minutes'"
                                + " FROM generate_series(1, 10000) g"))
                .atHead((url, migrator) -> assertEquals(declaredConstraints(), query(url, CONSTRAINTS_OF_BOOKINGS)))
                .afterDowngrade(
                        (url, migrator) -> assertEquals(List.of("10000"), query(url, "SELECT count(*) FROM bookings")))
                .run();
    }

    @Test
    void renamedAndChanged(TestInfo test) throws Exception {
        MigrataProject project = project(CONSTRAINTS, "InitialSchema");
        project.compileSuccessfully();
        Compilation compilation = secondRevision(
                project,
                "@Unique(columns = {\"room_id\", \"starts_at\"}, name = \"bookings_room_start\")\n"
                        + "@Check(\"starts_at <= ends_at\")",
                "002_constraints");
        project.assertRevisionFilesMatchGoldens(test, "002_constraints");
        String sql = project.read("002_constraints.sql");
        assertTrue(sql.contains("RENAME CONSTRAINT uq_bookings_room_id_starts_at TO bookings_room_start;"), sql);
        assertTrue(sql.contains("RENAME CONSTRAINT bookings_room_start TO uq_bookings_room_id_starts_at;"), sql);
        assertFalse(sql.contains("DROP CONSTRAINT uq_bookings"), sql);
        assertTrue(sql.contains("DROP CONSTRAINT " + checkName() + ";"), sql);
        String changed =
                "ck_bookings_" + Names.sha256Hex("starts_at <= ends_at").substring(0, 8);
        assertTrue(sql.contains("DROP CONSTRAINT " + changed + ";"), sql);

        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("001_initial_schema");
            List<String> parent = query(url, CONSTRAINTS_OF_BOOKINGS);
            migrator.upgrade("head");
            assertClean(migrator.check());
            assertEquals(
                    List.of(
                            "bookings_room_start UNIQUE (room_id, starts_at)",
                            changed + " CHECK ((starts_at <= ends_at))",
                            "pk_bookings PRIMARY KEY (id)"),
                    query(url, CONSTRAINTS_OF_BOOKINGS));
            migrator.downgrade("001_initial_schema");
            assertEquals(parent, query(url, CONSTRAINTS_OF_BOOKINGS));
        });
    }

    @Test
    void postgresqlNamingNamesThemAsTheServerDoes() throws Exception {
        MigrataProject project = project(
                        CONSTRAINTS + "\n@Check(\"ends_at < starts_at + interval '1 day'\")", "InitialSchema")
                .source(
                        "app.AppSchema",
                        "package app;\n\nimport dev.migrata.annotations.ConstraintNaming;\n"
                                + "import dev.migrata.annotations.Schema;\n\n"
                                + "@Schema(head = InitialSchema.class, naming = ConstraintNaming.POSTGRESQL,"
                                + " tables = {Booking.class})\nfinal class AppSchema {}\n");
        Compilation compilation = project.compileSuccessfully();
        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("head");
            assertClean(migrator.check());
            List<String> declared = query(url, CONSTRAINTS_OF_BOOKINGS);
            execute(url, "DROP TABLE bookings");
            // The same table written without constraint names: the server names them.
            execute(
                    url,
                    "CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL,"
                            + " starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL,"
                            + " UNIQUE (room_id, starts_at), CHECK (starts_at < ends_at),"
                            + " CHECK (ends_at < starts_at + interval '1 day'))");
            assertEquals(query(url, CONSTRAINTS_OF_BOOKINGS), declared);
            assertEquals(
                    List.of("bookings_check", "bookings_check1", "bookings_pkey", "bookings_room_id_starts_at_key"),
                    query(url, "SELECT conname FROM pg_constraint WHERE conrelid = 'bookings'::regclass ORDER BY 1"));
        });
    }

    /** The catalog's view of the constraints {@link #CONSTRAINTS} declares, with the primary key. */
    private static List<String> declaredConstraints() {
        return List.of(
                checkName() + " CHECK ((starts_at < ends_at))",
                "pk_bookings PRIMARY KEY (id)",
                "uq_bookings_room_id_starts_at UNIQUE (room_id, starts_at)");
    }

    /** {@code ck_bookings_} and 8 hex characters of the SHA-256 of the expression. */
    private static String checkName() {
        return "ck_bookings_" + Names.sha256Hex("starts_at < ends_at").substring(0, 8);
    }

    private MigrataProject project(String annotations, String head) {
        return new MigrataProject(dir)
                .source("app.Booking", BOOKING.formatted(annotations))
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema(head, "Booking");
    }

    private static Compilation secondRevision(MigrataProject project, String annotations, String id) {
        return project.source("app.Booking", BOOKING.formatted(annotations))
                .source(
                        "app.Constraints",
                        "package app;\n\nimport dev.migrata.annotations.Revision;\n\n"
                                + "@Revision(id = \"" + id + "\", parent = InitialSchema.class)\n"
                                + "final class Constraints {}\n")
                .schema("Constraints", "Booking")
                .compileSuccessfully();
    }

    private static void inDatabase(Compilation compilation, ChainDatabases.DatabaseWork work) throws Exception {
        ChainDatabases.inDatabase(server, compilation, work);
    }
}
