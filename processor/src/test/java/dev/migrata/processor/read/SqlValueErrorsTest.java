package dev.migrata.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Annotation values that are written verbatim into SQL must each be one type, expression or
 * predicate (MIG217–MIG220, MIG316), and names must be plain names (MIG206): nothing can be
 * smuggled into the generated statements, the generated Java or its comments.
 */
class SqlValueErrorsTest extends ProcessorTestSupport {

    @Test
    void columnTypeWithASecondStatement() {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table record Victim(@Column(primaryKey = true) long id,",
                "    @Column(type = \"text; DROP TABLE victims\") String note) {}");
        assertError(
                source,
                "DROP TABLE victims",
                "[MIG217] @Column(type = \"text; DROP TABLE victims\") on Victim.note is not one SQL type: it contains "
                        + "';' outside quotes, which ends the statement (character 5)");
    }

    @Test
    void defaultValueWithASemicolonOrAComment() {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table record Victim(@Column(primaryKey = true) long id,",
                "    @Column(defaultValue = \"0; DROP TABLE victims\") int n,",
                "    @Column(defaultValue = \"'x' -- hidden\") String label) {}");
        assertError(
                source,
                "0; DROP TABLE victims",
                "[MIG218] @Column(defaultValue = \"0; DROP TABLE victims\") on Victim.n is not one SQL expression: it "
                        + "contains ';' outside quotes");
        assertThat(compile(source))
                .hadErrorContaining("[MIG218] @Column(defaultValue = \"'x' -- hidden\") on Victim.label is not one SQL "
                        + "expression: it contains the comment marker '--'")
                .inFile(source)
                .onLineContaining("hidden");
    }

    @Test
    void checkWithASemicolonOrAComment() {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table record Victim(@Column(primaryKey = true) long id,",
                "    @Column(check = \"n > 0); DROP TABLE victims; --\") int n,",
                "    @Column(check = \"m > 0 /* and more */\") int m) {}");
        assertError(
                source,
                "n > 0); DROP",
                "[MIG219] @Column(check = \"n > 0); DROP TABLE victims; --\") on Victim.n is not one SQL boolean "
                        + "expression: it has a ')' that closes nothing it opened (character 6)");
        assertThat(compile(source))
                .hadErrorContaining("[MIG219] @Column(check = \"m > 0 /* and more */\") on Victim.m is not one SQL "
                        + "boolean expression: it contains the comment marker '/*'")
                .inFile(source)
                .onLineContaining("and more");
    }

    @Test
    void indexPredicateWithASecondStatement() {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table",
                "@Index(columns = \"n\", name = \"ix_positive\",",
                "    where = \"n > 0; DROP TABLE victims\")",
                "record Victim(@Column(primaryKey = true) long id, int n) {}");
        assertError(
                source,
                "where = \"n > 0; DROP TABLE victims\"",
                "[MIG316] @Index(where = \"n > 0; DROP TABLE victims\") on Victim is not one SQL predicate: it contains "
                        + "';' outside quotes");
    }

    @Test
    void changeTypeUsingWithASecondStatement() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Retype.class, tables = Victim.class) final class App {}",
                "@Table record Victim(@Column(primaryKey = true) long id, int n) {}",
                "@Revision(id = \"001\") final class Init {}",
                "@Revision(id = \"002\", parent = Init.class)",
                "@ChangeType(table = \"victim\", column = \"n\",",
                "    using = \"n::integer\",",
                "    usingDown = \"n::text; DROP TABLE victims\")",
                "final class Retype {}");
        assertError(
                source,
                "usingDown = ",
                "[MIG220] @ChangeType(usingDown = \"n::text; DROP TABLE victims\") on revision '002' is not one SQL "
                        + "expression: it contains ';' outside quotes",
                "column = \"c\", usingDown = \"c::integer\")");
    }

    @Test
    void columnNameThatWouldEndAJavadocComment() {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table record Victim(@Column(primaryKey = true) long id,",
                "    @Column(name = \"*/static{System.exit(42);}/*\") String evil) {}");
        assertError(
                source,
                "System.exit",
                "[MIG206] The column name '*/static{System.exit(42);}/*' of Victim.evil is not a valid name: it starts "
                        + "with '*' (U+002A)",
                "@Column(name = \"static_System_exit_42\")");
    }

    @Test
    void tableNameWithACommentEnd() {
        JavaFileObject source =
                schemaWithTables("Victim.class", "@Table(name = \"victims*/\") record Victim(long id) {}");
        assertError(
                source,
                "victims*/",
                "[MIG206] The table name 'victims*/' of Victim is not a valid name: it contains '*'");
    }

    @Test
    void namesThatNeedQuotingOrBreakLines() {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table record Victim(@Column(primaryKey = true) long id,",
                "    @Column(name = \"bad name\") String spaced,",
                "    @Column(name = \"two\\nlines\") String broken) {}");
        assertError(
                source,
                "bad name",
                "[MIG206] The column name 'bad name' of Victim.spaced is not a valid name: it contains U+0020, but a "
                        + "name is letters, digits, '_' and '$', starting with a letter or '_'",
                "@Column(name = \"bad_name\")");
        assertThat(compile(source))
                .hadErrorContaining("[MIG206] The column name 'two\\u000alines' of Victim.broken is not a valid name: "
                        + "it contains U+000A")
                .inFile(source)
                .onLineContaining("two\\nlines");
    }

    @Test
    void valuesThatAreOneFragmentCompile() throws IOException {
        JavaFileObject source = schemaWithTables(
                "Victim.class",
                "@Table",
                "@Index(columns = \"label\", where = \"label <> ';' AND label <> '--'\")",
                "record Victim(@Column(primaryKey = true) long id,",
                "    @Column(defaultValue = \"'a;b'\") String label,",
                "    @Column(check = \"x <> ';'\") String x,",
                "    @Column(defaultValue = \"$$;$$\") String dollar,",
                "    @Column(type = \"varchar(10)\", defaultValue = \"E'it\\\\'s; fine'\") String quoted,",
                "    @Column(type = \"numeric(10, 2)\", check = \"\\\"total\\\" >= 0\") BigDecimal total,",
                "    @Column(name = \"Upper_Case$1\") int upper) {}");
        Compilation compilation = compile(source);
        assertThat(compilation).succeeded();
        String sql;
        try (var files = Files.list(migrationsDir)) {
            sql = Files.readString(
                    files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow());
        }
        assertThat(sql).contains("label text DEFAULT 'a;b'");
        assertThat(sql).contains("CHECK (x <> ';')");
        assertThat(sql).contains("dollar text DEFAULT $$;$$");
        assertThat(sql).contains("quoted varchar(10) DEFAULT E'it\\'s; fine'");
        assertThat(sql).contains("WHERE label <> ';' AND label <> '--'");
        assertThat(sql).contains("\"Upper_Case$1\" integer NOT NULL");
    }
}
