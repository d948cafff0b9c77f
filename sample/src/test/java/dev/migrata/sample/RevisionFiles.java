package dev.migrata.sample;

import dev.migrata.runtime.Migration;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample's committed revision files, read the way a DBA would feed them to psql. */
final class RevisionFiles {

    static final Path DIRECTORY = Path.of("src", "main", "migrations", "lab");
    private static final String UPGRADE_MARKER = "-- migrata:upgrade";
    private static final String DOWNGRADE_MARKER = "-- migrata:downgrade";

    private RevisionFiles() {}

    /** The revision ids in chain order, root first, as the generated chain lists them. */
    static List<String> idsInChainOrder() {
        return SampleSchemaMigrations.chain().migrations().stream()
                .map(Migration::id)
                .toList();
    }

    /** The upgrade half of {@code <id>.sql}: everything between the two markers. */
    static String upgradeSection(String id) throws IOException {
        String text = read(id);
        return text.substring(text.indexOf(UPGRADE_MARKER), text.indexOf(DOWNGRADE_MARKER));
    }

    /** The downgrade half of {@code <id>.sql}: everything after its marker. */
    static String downgradeSection(String id) throws IOException {
        String text = read(id);
        return text.substring(text.indexOf(DOWNGRADE_MARKER));
    }

    private static String read(String id) throws IOException {
        String text = Files.readString(DIRECTORY.resolve(id + ".sql"));
        if (!text.contains(UPGRADE_MARKER) || !text.contains(DOWNGRADE_MARKER)) {
            throw new IllegalStateException(id + ".sql lacks its upgrade or downgrade marker");
        }
        return text;
    }
}
