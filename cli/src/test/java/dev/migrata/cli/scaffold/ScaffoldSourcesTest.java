package dev.migrata.cli.scaffold;

import dev.migrata.processor.Goldens;
import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The written sources, as exact text: what a team reads and commits after scaffolding. */
class ScaffoldSourcesTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void alembicStyleDatabase(TestInfo test) throws Exception {
        db.execute(ScaffoldRoundTripTest.ALEMBIC_STYLE_DATABASE);
        ScaffoldResult result;
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl())) {
            result = Scaffold.fromDatabase(connection, null, "com.example.schema");
        }
        for (Map.Entry<String, String> source : result.sources().entrySet()) {
            String simpleName = source.getKey().substring(source.getKey().lastIndexOf('.') + 1);
            Goldens.assertGolden(test, simpleName + ".java", source.getValue());
        }
    }
}
