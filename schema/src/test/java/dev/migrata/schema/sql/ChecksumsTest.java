package dev.migrata.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checksums are part of the database contract: pinned to known values. */
class ChecksumsTest {

    private static final List<SqlStatement> UP = List.of(
            new SqlStatement("CREATE TABLE t (\n    id bigint\n)", true),
            new SqlStatement("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_id ON t (id)", false));
    private static final List<SqlStatement> DOWN = List.of(new SqlStatement("DROP TABLE t", true));
    private static final String REVISION = "sha256:6078414c74f839d11f5add082ffcc2c40b093027f1245f791eafd6a5d045d152";

    @Test
    void revisionChecksumHasAKnownValue() {
        assertEquals(REVISION, Checksums.revision(UP, DOWN));
    }

    @Test
    void revisionChecksumOfNothingIsTheHashOfNothing() {
        assertEquals(
                "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Checksums.revision(List.of(), List.of()));
    }

    @Test
    void revisionChecksumCoversTheTransactionalFlagAndTheDirection() {
        List<SqlStatement> allTransactional =
                UP.stream().map(s -> new SqlStatement(s.sql(), true)).toList();
        assertNotEquals(REVISION, Checksums.revision(allTransactional, DOWN));
        assertNotEquals(Checksums.revision(UP, List.of()), Checksums.revision(List.of(), UP));
    }

    @Test
    void revisionChecksumCoversTheRerunnableFlag() {
        List<SqlStatement> rerunnable = UP.stream()
                .map(s -> new SqlStatement(s.sql(), s.transactional(), true))
                .toList();
        // Pinned: the token is " rerunnable" after " nontx"; a transactional statement never has it.
        assertEquals(
                "sha256:"
                        + dev.migrata.schema.model.Names.sha256Hex("up\nCREATE TABLE t (\n    id bigint\n)\n\u0000"
                                + "up nontx rerunnable\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_id ON t (id)\n\u0000"
                                + "down\nDROP TABLE t\n\u0000"),
                Checksums.revision(rerunnable, DOWN));
        assertNotEquals(REVISION, Checksums.revision(rerunnable, DOWN));
    }

    @Test
    void statementBoundariesCount() {
        assertNotEquals(
                Checksums.revision(
                        List.of(new SqlStatement("SELECT 1", true), new SqlStatement("SELECT 2", true)), List.of()),
                Checksums.revision(List.of(new SqlStatement("SELECT 1\nSELECT 2", true)), List.of()));
    }

    @Test
    void chainChecksumOfTheRootHasAKnownValue() {
        assertEquals(
                "sha256:04358826083bccf98c118246453763027e4bdd481aa76f430573e1046759eb12",
                Checksums.chain(null, REVISION));
    }

    @Test
    void chainChecksumDependsOnTheParent() {
        assertEquals(
                "sha256:f86ebf9e663842183c43803ec0f0044c4ce2aac1ec4ac38812df2b5dc168281a",
                Checksums.chain("sha256:abc", REVISION));
        assertNotEquals(Checksums.chain(null, REVISION), Checksums.chain("sha256:abc", REVISION));
        assertNotEquals(Checksums.chain("sha256:abc", REVISION), Checksums.chain("sha256:abd", REVISION));
    }
}
