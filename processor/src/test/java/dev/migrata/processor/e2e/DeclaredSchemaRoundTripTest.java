package dev.migrata.processor.e2e;

import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance round trip ({@link RoundTrip}: golden SQL, apply, {@code check()} clean, downgrade
 * to the parent's schema exactly) of constraint names. The other constructs of a declared schema
 * make the same round trip in the scenario test that already builds them:
 *
 * <ul>
 *   <li>a two-column {@code @Unique} and a table {@code @Check} added to a table with rows:
 *       {@code UniqueCheckScenariosTest.addedToAnExistingTableWithRows};
 *   <li>a {@code @PgEnum} created with a hyphenated label, and a label added and used by a later
 *       revision: {@code PgEnumScenariosTest};
 *   <li>arrays, {@code @Sql(phase = BEFORE)} before {@code SET NOT NULL}, {@code pg_trgm} with a
 *       trigram GIN index: {@code DeclaredSchemaScenariosTest};
 *   <li>expression, {@code jsonb_path_ops}, DESC with INCLUDE, partial HNSW and halfvec indexes and a
 *       generated {@code tsvector} column: {@code IndexScenariosTest.addedToAnExistingTableWithRows}.
 * </ul>
 */
class DeclaredSchemaRoundTripTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String MATERIAL = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;

            @Table(name = "materials")
            record Material(@Column(primaryKey = true, identity = true) long id, @Column(unique = true) String code) {}
            """;

    /**
     * Tables whose PostgreSQL names are cut to 63 bytes (inside a two-byte character too) and
     * numbered where they collide: two unique constraints whose cut names are equal, and two foreign
     * keys of different tables ({@code a.b_c}, {@code a_b.c}) both named {@code a_b_c_fkey} by the rule.
     */
    private static final String LONG_NAMES = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.References;
            import dev.migrata.annotations.Table;

            @Table(name = "simulation_job_parameter_sweep_results_by_material")
            record SweepResult(
                    @Column(primaryKey = true) long id,
                    @Column(unique = true) String normalizedCompositionFingerprintPrimary,
                    @Column(unique = true) String normalizedCompositionFingerprintSecondary) {}

            @Table(name = "mittlere_kristallgittergröße_der_proben_je_messung")
            record Lattice(
                    @Column(primaryKey = true) long id,
                    @Column(name = "gemessene_durchschnittliche_gitterkonstante", check = "gemessene_durchschnittliche_gitterkonstante > 0")
                    double constant) {}

            @Table(name = "a")
            record A(@Column(primaryKey = true) long id, @References(Material.class) long bC) {}

            @Table(name = "a_b")
            record AB(@Column(primaryKey = true) long id, @References(Material.class) long c) {}
            """;

    private static final String USER = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.util.UUID;

            @Table(name = "users")
            record User(@Column(primaryKey = true) UUID id, String name) {}
            """;

    /** A table with every constraint named explicitly. */
    private static final String BOOKING = """
            package app;

            import dev.migrata.annotations.Check;
            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.References;
            import dev.migrata.annotations.Table;
            import dev.migrata.annotations.Unique;
            import java.time.Instant;
            import java.util.UUID;

            @Table(name = "bookings", primaryKeyName = "bookings_pk")
            @Unique(columns = {"room", "starts_at"}, name = "bookings_room_slot")
            @Check(value = "starts_at < ends_at", name = "bookings_time_order")
            record Booking(
                    @Column(primaryKey = true) long id,
                    @References(value = User.class, name = "bookings_guest") UUID guestId,
                    int room,
                    @Column(nullable = false) Instant startsAt,
                    @Column(nullable = false) Instant endsAt) {}
            """;

    private static final String CONSTRAINTS =
            "SELECT conrelid::regclass::text || ' ' || contype::text || ' ' || conname"
                    + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
                    + " AND conrelid <> 'migrata_revisions'::regclass";

    @TempDir
    Path dir;

    @Test
    void postgresqlNamesCutAndNumberedAsTheServerDoes(TestInfo test) throws Exception {
        MigrataProject project = new MigrataProject(dir)
                .source("app.Material", MATERIAL)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .source("app.AppSchema", postgresqlNamed("InitialSchema", "Material"));
        project.compileSuccessfully();
        Compilation compilation = project.source("app.LongNames", LONG_NAMES)
                .source("app.MoreTables", MigrataProject.revision("002_more_tables", "InitialSchema", ""))
                .source("app.AppSchema", postgresqlNamed("MoreTables", "Material", "SweepResult", "Lattice", "A", "AB"))
                .compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_more_tables");

        RoundTrip.of(server, compilation, "001_initial_schema")
                .atHead((url, migrator) -> assertEquals(
                        List.of(
                                "\"mittlere_kristallgittergröße_der_proben_je_messung\" c"
                                        + " mittlere_kristallgittergrö_gemessene_durchschnittliche__check",
                                "\"mittlere_kristallgittergröße_der_proben_je_messung\" p"
                                        + " mittlere_kristallgittergröße_der_proben_je_messung_pkey",
                                "a f a_b_c_fkey",
                                "a p a_pkey",
                                "a_b f a_b_c_fkey1",
                                "a_b p a_b_pkey",
                                "materials p materials_pkey",
                                "materials u materials_code_key",
                                "simulation_job_parameter_sweep_results_by_material p"
                                        + " simulation_job_parameter_sweep_results_by_material_pkey",
                                "simulation_job_parameter_sweep_results_by_material u"
                                        + " simulation_job_parameter_swee_normalized_composition_finge_key1",
                                "simulation_job_parameter_sweep_results_by_material u"
                                        + " simulation_job_parameter_swee_normalized_composition_finger_key"),
                        constraints(url)))
                .run();
    }

    @Test
    void explicitNamesOfEveryKind(TestInfo test) throws Exception {
        MigrataProject project = new MigrataProject(dir)
                .source("app.User", USER)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
        project.compileSuccessfully();
        Compilation compilation = project.source("app.Booking", BOOKING)
                .headRevision("002_bookings", "InitialSchema", "", "User", "Booking")
                .compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_bookings");

        RoundTrip.of(server, compilation, "001_initial_schema")
                .atHead((url, migrator) -> assertEquals(
                        List.of(
                                "bookings c bookings_time_order",
                                "bookings f bookings_guest",
                                "bookings p bookings_pk",
                                "bookings u bookings_room_slot",
                                "users p pk_users"),
                        constraints(url)))
                .run();
    }

    /** Every constraint of the tables, sorted by code point. */
    private static List<String> constraints(String url) throws Exception {
        return query(url, CONSTRAINTS).stream().sorted().toList();
    }

    private static String postgresqlNamed(String head, String... tables) {
        return "package app;\n\nimport dev.migrata.annotations.ConstraintNaming;\n"
                + "import dev.migrata.annotations.Schema;\n\n"
                + "@Schema(head = " + head + ".class, naming = ConstraintNaming.POSTGRESQL, tables = {"
                + String.join(".class, ", tables) + ".class})\nfinal class AppSchema {}\n";
    }
}
