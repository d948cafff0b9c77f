package dev.migrata.bench;

import dev.migrata.processor.files.MalformedRevisionFileException;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.processor.files.SnapshotJson;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.sql.Checksums;
import dev.migrata.schema.sql.RevisionScript;
import dev.migrata.schema.sql.RevisionScriptGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the frozen files of revisions 1..R of a synthetic schema with the processor's own file
 * classes and the schema module's script generator, so the history is byte-for-byte what R
 * successive compiles would have left, without running R compiles. Revision r's snapshot is the head
 * model restricted to the tables introduced up to r.
 */
final class FrozenHistory {

    private FrozenHistory() {}

    static void write(Path directory, SchemaModel head, int tables, int revisions)
            throws IOException, MalformedRevisionFileException {
        Files.createDirectories(directory);
        SchemaModel parent = SchemaModel.EMPTY;
        for (int r = 1; r <= revisions; r++) {
            int revision = r;
            List<TableModel> present = new ArrayList<>();
            for (TableModel table : head.tables()) {
                int number = Integer.parseInt(table.name().substring(1));
                if (SyntheticSchemaSources.revisionOf(number, tables, revisions) <= revision) {
                    present.add(table);
                }
            }
            SchemaModel model = new SchemaModel(present);
            String id = SyntheticSchemaSources.revisionId(r);
            String parentId = r == 1 ? null : SyntheticSchemaSources.revisionId(r - 1);
            RevisionModel declared = RevisionModel.withoutDirectives(
                    id,
                    parentId,
                    SyntheticSchemaSources.message(r),
                    SyntheticSchemaSources.PACKAGE + ".Revisions.R" + id.substring(1),
                    false,
                    Origin.NONE);
            RevisionScript script = RevisionScriptGenerator.generate(parent, model, declared);
            if (script.hasErrors()) {
                throw new IllegalStateException("synthetic revision " + id + ": " + script.problems());
            }
            String checksum = Checksums.revision(script.upgrade(), script.downgrade());
            RevisionSqlFile sql = new RevisionSqlFile(
                    id,
                    parentId,
                    declared.message(),
                    checksum,
                    SnapshotJson.checksum(model),
                    script.upgrade(),
                    script.downgrade());
            Files.writeString(directory.resolve(id + ".schema.json"), SnapshotJson.write(model));
            Files.writeString(directory.resolve(id + ".sql"), sql.render());
            parent = model;
        }
    }

    static SchemaModel readSnapshot(Path file) throws IOException, MalformedRevisionFileException {
        return SnapshotJson.read(Files.readString(file));
    }
}
