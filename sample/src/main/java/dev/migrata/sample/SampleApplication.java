package dev.migrata.sample;

import com.pgvector.PGvector;
import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.HistoryEntry;
import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.sample.schema.SampleSchemaTables.MaterialTable;
import dev.migrata.sample.schema.SampleSchemaTables.StructureTable;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The materials lab as an application would start it: migrate to the compiled head, seed a few
 * materials and structures with embeddings, and find the structures nearest to a query embedding
 * through the HNSW index.
 *
 * <p>The database comes from {@code DATABASE_URL} (any of {@code postgresql://},
 * {@code postgres://}, {@code jdbc:postgresql://}), else {@value #LOCAL_DATABASE}, the database that
 * {@code scripts/setup-postgres.sh} creates.
 */
public final class SampleApplication {

    /** The database used when {@code DATABASE_URL} is unset. */
    public static final String LOCAL_DATABASE = "postgresql://postgres@127.0.0.1:5432/migrata";

    static final int DIMENSIONS = 768;
    static final int STRUCTURES_PER_MATERIAL = 100;
    private static final String[][] MATERIALS = {
        {"Methylammonium lead iodide", "CH3NH3PbI3"},
        {"Lithium iron phosphate", "LiFePO4"},
        {"Gallium nitride", "GaN"},
    };

    private final String url;
    private final PrintStream out;

    SampleApplication(String url, PrintStream out) {
        this.url = url;
        this.out = out;
    }

    /** Runs the sample against {@code DATABASE_URL} or the local default. */
    public static void main(String[] args) throws SQLException {
        // One line per log record: "INFO: Running upgrade ..." instead of the two-line default.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        String url = System.getenv().getOrDefault("DATABASE_URL", LOCAL_DATABASE);
        new SampleApplication(url, System.out).run();
    }

    void run() throws SQLException {
        Migrator migrator = Migrator.builder()
                .url(url)
                .chain(SampleSchemaMigrations.chain())
                .build();
        migrate(migrator);
        try (Connection connection = connect()) {
            seed(connection);
            searchNearest(connection);
        }
        out.println("Current revision: " + migrator.current().orElse("<base>"));
        out.println("History:");
        List<HistoryEntry> history = new ArrayList<>(migrator.history());
        java.util.Collections.reverse(history);
        history.forEach(entry -> out.println("  " + entry));
    }

    private void migrate(Migrator migrator) {
        // Typed target: a misspelt revision would not compile.
        List<String> applied = migrator.upgrade(SampleSchemaMigrations.HEAD);
        String head = SampleSchemaMigrations.HEAD.id();
        if (applied.isEmpty()) {
            out.println("Database already at head " + head + ": nothing to migrate");
        } else {
            String from = Migrator.revision(migrator.chain(), applied.get(0))
                    .parentId()
                    .orElse("<base>");
            out.println("Migrated " + from + " -> " + head);
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = DatabaseUrl.parse(url).connect();
        PGvector.registerTypes(connection);
        return connection;
    }

    /** Inserts the materials and their structures once; a second run finds them and skips. */
    private void seed(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
                ResultSet rows = count.executeQuery("SELECT count(*) FROM " + StructureTable.NAME)) {
            rows.next();
            if (rows.getLong(1) > 0) {
                out.println("Seed data present: " + rows.getLong(1) + " structures");
                return;
            }
        }
        connection.setAutoCommit(false);
        Random random = new Random(42);
        String insertMaterial = "INSERT INTO " + MaterialTable.NAME + " (" + MaterialTable.NAME_COLUMN + ", "
                + MaterialTable.FORMULA + ") VALUES (?, ?) RETURNING " + MaterialTable.ID;
        String insertStructure = "INSERT INTO " + StructureTable.NAME + " (" + StructureTable.MATERIAL_ID + ", "
                + StructureTable.SPACE_GROUP + ", " + StructureTable.EMBEDDING + ") VALUES (?, ?, ?)";
        try (PreparedStatement material = connection.prepareStatement(insertMaterial);
                PreparedStatement structure = connection.prepareStatement(insertStructure)) {
            for (int m = 0; m < MATERIALS.length; m++) {
                material.setString(1, MATERIALS[m][0]);
                material.setString(2, MATERIALS[m][1]);
                long materialId;
                try (ResultSet id = material.executeQuery()) {
                    id.next();
                    materialId = id.getLong(1);
                }
                float[] centre = randomUnitVector(random);
                for (int s = 0; s < STRUCTURES_PER_MATERIAL; s++) {
                    structure.setLong(1, materialId);
                    structure.setString(2, "P" + (1 + random.nextInt(230)));
                    structure.setObject(3, new PGvector(near(centre, random, 0.3f)));
                    structure.addBatch();
                }
            }
            structure.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        out.println("Seeded " + MATERIALS.length + " materials and " + MATERIALS.length * STRUCTURES_PER_MATERIAL
                + " structures with " + DIMENSIONS + "-dimensional embeddings");
    }

    /**
     * Prints the plan and the five structures nearest to structure 1. The nearest-neighbour search
     * is an {@code ORDER BY embedding <=> q LIMIT k} on {@code structures} alone, the shape the HNSW
     * index answers; the join to materials happens on those five rows only.
     */
    private void searchNearest(Connection connection) throws SQLException {
        String query = "(SELECT " + StructureTable.EMBEDDING + " FROM " + StructureTable.NAME + " WHERE "
                + StructureTable.ID + " = ?)";
        String nearest = "SELECT s." + StructureTable.ID + ", m." + MaterialTable.FORMULA + ", s.distance FROM (SELECT "
                + StructureTable.ID + ", " + StructureTable.MATERIAL_ID + ", " + StructureTable.EMBEDDING + " <=> "
                + query + " AS distance FROM " + StructureTable.NAME + " ORDER BY " + StructureTable.EMBEDDING
                + " <=> " + query + " LIMIT 5) s JOIN " + MaterialTable.NAME + " m ON m." + MaterialTable.ID
                + " = s." + StructureTable.MATERIAL_ID + " ORDER BY s.distance";
        // On a few hundred rows the planner rightly prefers a sequential scan; a real table has
        // millions. Turning seq scans off for this one transaction shows the HNSW index at work.
        connection.setAutoCommit(false);
        try (Statement planner = connection.createStatement()) {
            planner.execute("SET LOCAL enable_seqscan = off");
        }
        out.println("Nearest-neighbour query, planned with enable_seqscan = off for this small table:");
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (COSTS OFF) " + nearest)) {
            bindQuery(explain, 1);
            out.println("Plan:");
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    out.println("  " + plan.getString(1));
                }
            }
        }
        try (PreparedStatement search = connection.prepareStatement(nearest)) {
            bindQuery(search, 1);
            out.println("Structures nearest to structure 1 (cosine distance):");
            try (ResultSet rows = search.executeQuery()) {
                while (rows.next()) {
                    out.printf("  structure %-4d %-11s %.4f%n", rows.getLong(1), rows.getString(2), rows.getDouble(3));
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
    }

    private static void bindQuery(PreparedStatement statement, long structureId) throws SQLException {
        statement.setLong(1, structureId);
        statement.setLong(2, structureId);
    }

    private static float[] randomUnitVector(Random random) {
        float[] v = new float[DIMENSIONS];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static float[] near(float[] centre, Random random, float spread) {
        float[] v = new float[centre.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = centre[i] + spread * (float) random.nextGaussian();
        }
        return v;
    }
}
