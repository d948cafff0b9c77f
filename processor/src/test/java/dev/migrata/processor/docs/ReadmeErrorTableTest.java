package dev.migrata.processor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrata.schema.diag.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of errors lists exactly the catalogue's codes, in order, so it cannot rot. */
class ReadmeErrorTableTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `(MIG\\d+)` \\|", Pattern.MULTILINE);

    @Test
    void readmeListsEveryMessageCodeOnce() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        List<String> documented = new ArrayList<>();
        Matcher row = TABLE_ROW.matcher(readme);
        while (row.find()) {
            documented.add(row.group(1));
        }
        List<String> catalogue =
                Arrays.stream(Message.values()).map(Message::code).toList();
        assertEquals(catalogue, documented, "README.md's error table must list every Message code, in catalogue order");
    }
}
