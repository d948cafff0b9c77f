package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database each test class got. Whichever class runs later checks that its database is
 * another one and that the earlier classes' databases were dropped after them.
 */
final class DatabasesSeen {

    private static final Map<Class<?>, String> BY_TEST_CLASS = new ConcurrentHashMap<>();

    private DatabasesSeen() {}

    static void checkAndRecord(Class<?> testClass, TestDatabase db) throws SQLException {
        assertFalse(BY_TEST_CLASS.containsValue(db.databaseName()), "database shared between classes");
        for (Map.Entry<Class<?>, String> earlier : BY_TEST_CLASS.entrySet()) {
            assertEquals(
                    "0",
                    db.queryForString("SELECT count(*) FROM pg_database WHERE datname = '" + earlier.getValue() + "'"),
                    earlier.getValue() + " should have been dropped after "
                            + earlier.getKey().getSimpleName());
        }
        BY_TEST_CLASS.put(testClass, db.databaseName());
    }
}
