package dev.migrata.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A comment stays one line whatever line terminators the text holds. */
class SqlCommentsTest {

    @Test
    void everyLineTerminatorAndControlCharacterBecomesOneSpace() {
        assertEquals("a b c d e f g h", SqlComments.oneLine("a\r\nb\rc\u2028d\u2029e\u0085f\u000B\u000Cg\t\u0000h"));
    }

    @Test
    void surroundingBlanksAreDropped() {
        assertEquals("rename users.name", SqlComments.oneLine("  rename users.name \n"));
    }
}
