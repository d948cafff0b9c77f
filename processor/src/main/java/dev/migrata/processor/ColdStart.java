package dev.migrata.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.processor.files.SnapshotJson;
import dev.migrata.processor.write.ChainClassWriter;
import dev.migrata.processor.write.ChainSource;
import dev.migrata.processor.write.RevisionSource;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.sql.Checksums;
import dev.migrata.schema.sql.SqlStatement;
import java.util.List;

/**
 * Loads the libraries generation needs on a second thread while javac's thread reads the annotated
 * classes. In a fresh javac — every clean command-line build — the first snapshot written with
 * Jackson, the first class built with JavaPoet and the first SHA-256 each cost class loading and
 * interpretation before they do any work; run first on another core, that time overlaps the read
 * stage instead of following it. The thread shares nothing but loaded classes (class initialization is
 * thread-safe, so the generating thread at worst waits for a class the warm-up is loading), its
 * results are thrown away, and its failures are ignored: it can make a build faster, never different.
 */
final class ColdStart {

    private ColdStart() {}

    /** Starts the warm-up on a daemon thread and returns at once. */
    static void warmUpInBackground() {
        Thread thread = new Thread(ColdStart::warmUp, "migrata-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void warmUp() {
        try {
            work();
        } catch (Throwable ignored) {
            // The generating thread does the same work for real and reports what goes wrong there.
        }
    }

    /** The warm-up's work, which throws what goes wrong (a test runs it so). */
    static void work() throws Exception {
        // Written and read back: a new head's build parses its parent's snapshot.
        SnapshotJson.read(SnapshotJson.write(SchemaModel.EMPTY));
        List<SqlStatement> statements = List.of(new SqlStatement("CREATE TABLE warm_up (\n    id bigint\n)", true));
        String checksum = Checksums.revision(statements, statements);
        String text = new RevisionSqlFile("warm_up", null, "warm up", checksum, null, statements, statements).render();
        // A frozen revision is parsed back and its checksum recomputed: every build reads the
        // whole history this way, so its parser and patterns are worth loading early too.
        RevisionSqlFile.parse(text);
        RevisionSource revision = new RevisionSource(
                ClassName.get("warm.up", "WarmUp"),
                "warm_up",
                null,
                "warm up",
                checksum,
                Checksums.chain(null, checksum),
                text,
                false,
                null);
        StringBuilder rendered = new StringBuilder();
        for (JavaFile file : ChainClassWriter.write(new ChainSource(
                ClassName.get("warm.up", "WarmUp"), "warm_up", List.of(revision), SchemaModel.EMPTY, List.of()))) {
            file.writeTo(rendered);
        }
    }
}
