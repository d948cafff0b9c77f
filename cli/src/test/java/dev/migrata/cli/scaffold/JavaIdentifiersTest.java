package dev.migrata.cli.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Java names for database names, and the key lists of index definitions. */
class JavaIdentifiersTest {

    @Test
    void namesFollowTheWordsOfTheDatabaseName() {
        assertEquals("OrderLines", JavaIdentifiers.className("order_lines"));
        assertEquals("StringTable", JavaIdentifiers.className("string"));
        assertEquals("T2fa", JavaIdentifiers.className("2fa"));
        assertEquals("createdAt", JavaIdentifiers.fieldName("created_at"));
        assertEquals("class_", JavaIdentifiers.fieldName("class"));
        assertEquals("camelCase", JavaIdentifiers.fieldName("CamelCase"));
        assertEquals("OrderLines", JavaIdentifiers.className("OrderLines"));
        assertEquals("PARLIAMENT_PERIOD", JavaIdentifiers.constant("parliament-period"));
        assertEquals("_1ST", JavaIdentifiers.constant("1st"));
    }

    @Test
    void theProcessorDerivesOnlyWhatItWouldNameTheSame() {
        assertEquals(true, JavaIdentifiers.derives("createdAt", "created_at"));
        assertEquals(false, JavaIdentifiers.derives("camelCase", "CamelCase"));
        assertEquals(false, JavaIdentifiers.derives("class_", "class"));
    }

    @Test
    void keyListsAreSplitAtTheirTopLevelCommas() {
        assertEquals(
                List.of("lower((email)::text)", "created_at DESC", "\"a,b\""),
                IndexPlanner.splitTopLevel("lower((email)::text), created_at DESC, \"a,b\""));
    }

    @Test
    void javadocTextCannotEndTheCommentOrAddATag() {
        assertEquals(
                "a &#42;&#47; b &#64;see &#123;&#64;code x&#125; &lt;p&gt; &#92;u000a c",
                SourceWriter.javadocText("a */ b @see {@code x} <p> \\u000a\nc"));
    }
}
