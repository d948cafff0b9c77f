package dev.migrata.processor.read;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Errors of {@code @Index(expression, include)} and {@code @Column(generated)}: one key list, known
 * included columns, and a generated column that is nothing else (MIG321–MIG325).
 */
class IndexExpressionErrorsTest extends ProcessorTestSupport {

    @Test
    void columnsAndExpressionTogether() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table @Index(columns = \"email\", expression = \"lower(email)\")",
                "record Doc(@Column(primaryKey = true) long id, String email) {}");
        assertError(
                source,
                "expression = ",
                "[MIG321] @Index on Doc gives both columns and expression",
                "expression = \"email, lower(email)\"");
    }

    @Test
    void includeNamesAnUnknownColumnAndTheExampleAKnownOne() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table @Index(expression = \"created_at DESC\", name = \"ix_recent\",",
                "    include = {\"titel\"})",
                "record Doc(@Column(primaryKey = true) long id, String title, java.time.Instant createdAt) {}");
        assertError(
                source,
                "include = ",
                "[MIG322] @Index(include) on Doc names column 'titel', but table 'doc' has no such column. Its columns "
                        + "are: id, title, created_at.",
                "@Index(include = {\"title\"})");
    }

    @Test
    void expressionThatEndsTheStatement() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table @Index(expression = \"lower(email)); DROP TABLE doc; --\")",
                "record Doc(@Column(primaryKey = true) long id, String email) {}");
        assertError(
                source,
                "expression = ",
                "[MIG323] @Index(expression = \"lower(email)); DROP TABLE doc; --\") on Doc is not one key list: it has "
                        + "a ')' that closes nothing it opened");
    }

    @Test
    void generatedThatIsNotOneExpression() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table record Doc(@Column(primaryKey = true) long id, String body,",
                "    @Column(type = \"tsvector\", generated = \"to_tsvector(body), 1\") String search) {}");
        assertError(
                source,
                "generated = ",
                "[MIG324] @Column(generated = \"to_tsvector(body), 1\") on Doc.search is not one SQL expression: it "
                        + "contains ',' outside parentheses");
    }

    @Test
    void generatedWithADefaultOrAsTheKey() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table record Doc(@Column(primaryKey = true, generated = \"1\") long id,",
                "    @Column(defaultValue = \"0\", generated = \"id * 2\") long twice) {}");
        assertError(source, "generated = \"1\"", "[MIG325] @Column(generated) on Doc.id is combined with primaryKey");
        assertError(
                source,
                "generated = \"id * 2\"",
                "[MIG325] @Column(generated) on Doc.twice is combined with defaultValue");
    }
}
