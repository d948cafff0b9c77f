package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A second class: its database must be its own, and earlier classes' must be gone. */
class SecondTestClassTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void getsItsOwnDatabaseAndEarlierOnesAreDropped() throws SQLException {
        DatabasesSeen.checkAndRecord(SecondTestClassTest.class, db);
        assertEquals("1", db.queryForString("SELECT count(*) FROM pg_extension WHERE extname = 'vector'"));
    }
}
