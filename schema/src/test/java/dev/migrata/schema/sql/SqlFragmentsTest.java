package dev.migrata.schema.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as one SQL fragment: quotes, dollar quotes and comments as PostgreSQL lexes them. */
class SqlFragmentsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "varchar(10)",
                "numeric(10, 2)",
                "timestamp(3) with time zone",
                "integer[]",
                "'a;b'",
                "'it''s; -- not a comment'",
                "x <> ';'",
                "E'it\\'s; /* still a string */'",
                "e'\\\\'",
                "\"odd;name\" > 0",
                "\"say \"\"hi\"\"; --\" IS NOT NULL",
                "$$;$$",
                "$tag$ ; -- $$ $tag$",
                "a$b > $1",
                "ARRAY[1, 2]",
                "x IN (1, 2, 3)",
                "now()",
                "n > 0 AND n < 10",
                "x - -1",
                "10 / 2",
                "me'x'",
                "length(name) > 0",
            })
    void oneFragment(String text) {
        assertEquals(Optional.empty(), SqlFragments.flaw(text));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "text; DROP TABLE victims | contains ';' outside quotes | 5",
                "n > 0; DROP TABLE victims | contains ';' outside quotes | 6",
                "'a'; DROP TABLE victims | contains ';' outside quotes | 4",
                "0 -- comment | comment marker '--' | 3",
                "x--1 | comment marker '--' | 2",
                "1 /* c */ | comment marker '/*' | 3",
                "'abc | opens a quote (') that it never closes | 1",
                "E'abc\\' | opens a quote (') that it never closes | 2",
                "\"abc | opens a quote (\") that it never closes | 1",
                "$$abc; | opens a quote ($) that it never closes | 1",
                "$t$ x $u$ | opens a quote ($) that it never closes | 1",
                "(1 | opens a '(' that it never closes | 1",
                "1) | has a ')' that closes nothing | 2",
                "(1] | has a ']' that closes nothing | 3",
                "0, evil integer | contains ',' outside parentheses | 2",
                "0) NOT VALID, CHECK (true | has a ')' that closes nothing | 2",
            })
    void notOneFragment(String text, String reason, int character) {
        SqlFragments.Flaw flaw = SqlFragments.flaw(text).orElseThrow(() -> new AssertionError(text));
        assertTrue(flaw.reason().contains(reason), flaw.reason());
        assertEquals(character - 1, flaw.offset());
        assertTrue(flaw.reason().endsWith("(character " + character + ")"), flaw.reason());
    }

    @org.junit.jupiter.api.Test
    void aKeyListSeparatesItsKeysByCommasAndIsOtherwiseOneFragment() {
        assertTrue(SqlFragments.listFlaw("lower(email), created_at DESC, meta jsonb_path_ops")
                .isEmpty());
        assertTrue(SqlFragments.flaw("lower(email), created_at DESC").isPresent());
        SqlFragments.Flaw flaw = SqlFragments.listFlaw("a); DROP TABLE t; --").orElseThrow();
        assertTrue(flaw.reason().contains("has a ')' that closes nothing"), flaw.reason());
    }

    @org.junit.jupiter.api.Test
    void codeOnlyBlanksLiteralsQuotedNamesDollarBodiesAndComments() {
        String text = "SELECT 'a;b', E'it\\'s', \"Col\", $f$VACUUM$f$ /* x /* y */ z */ -- VACUUM\nVACUUM t";
        String code = SqlFragments.codeOnly(text);
        assertEquals(text.length(), code.length());
        assertTrue(code.startsWith("SELECT      , E"), code);
        assertTrue(!code.contains(";") && !code.contains("Col") && !code.contains("it") && !code.contains("*"), code);
        assertTrue(code.endsWith("\nVACUUM t"), code);
        assertEquals(1, code.split("VACUUM", -1).length - 1, code);
    }

    @org.junit.jupiter.api.Test
    void identifiersAreTheWordsFoldedAndTheQuotedNamesAsWritten() {
        assertEquals(
                java.util.Set.of("select", "n", "from", "app", "notes", "join", "Tags", "on", "where", "x", "or"),
                SqlFragments.identifiers(
                                "SELECT N FROM app.Notes JOIN \"Tags\" ON true WHERE x = 'users' OR $b$orders$b$")
                        .stream()
                        .filter(word -> !word.equals("true"))
                        .collect(java.util.stream.Collectors.toSet()));
        assertTrue(SqlFragments.identifiers("SELECT 1 FROM \"a\"\"b\"").contains("a\"b"));
        assertTrue(!SqlFragments.identifiers("SELECT 'users' AS t").contains("users"));
    }
}
