package dev.migrata.processor.read;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors and warnings about tables, columns and types: MIG2xx. */
class TableErrorsTest extends ProcessorTestSupport {

    @Test
    void tableNotListed() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(@Column(primaryKey = true) long id) {}",
                "@Table record Forgotten(long id) {}");
        assertError(
                source,
                "record Forgotten",
                "[MIG201] @Table class Forgotten is not listed in @Schema(tables) of App",
                "@Schema(..., tables = {..., Forgotten.class})");
    }

    @Test
    void tableListedTwice() {
        JavaFileObject source = schemaWithTables(
                "Account.class, Account.class", "@Table record Account(@Column(primaryKey = true) long id) {}");
        assertError(source, "@Schema(head", "[MIG202] @Schema(tables) of App lists Account twice");
    }

    @Test
    void listedClassNotTable() {
        JavaFileObject source = schemaWithTables(
                "Account.class, Plain.class",
                "@Table record Account(@Column(primaryKey = true) long id) {}",
                "record Plain(long id) {}");
        assertError(
                source,
                "@Schema(head",
                "[MIG203] @Schema(tables) of App lists Plain, which is not a @Table",
                "@Table(name = \"plain\")");
    }

    @Test
    void duplicateTableName() {
        JavaFileObject source = schemaWithTables(
                "Account.class, Other.class",
                "@Table(name = \"accounts\") record Account(long id) {}",
                "@Table(name = \"accounts\") record Other(long id) {} // second");
        assertError(
                source, "// second", "[MIG204] Account and Other both declare table 'accounts' in the default schema");
    }

    @Test
    void duplicateTableNameAfterSnakeCase() {
        JavaFileObject source = schemaWithTables(
                "OrderLine.class, Other.class",
                "@Table record OrderLine(long id) {}",
                "@Table(name = \"order_line\") record Other(long id) {}");
        assertError(source, "record Other", "[MIG204] OrderLine and Other both declare table 'order_line'");
    }

    @Test
    void duplicateColumnNameAfterSnakeCase() {
        JavaFileObject source = schemaWithTables(
                "Person.class",
                "@Table record Person(String fullName,",
                "    @Column(name = \"full_name\") String legalName) {}");
        assertError(
                source,
                "@Column(name = \"full_name\")",
                "[MIG205] Person.fullName and Person.legalName of Person both map to column 'full_name' of table 'person'");
    }

    @Test
    void duplicateColumnNameInClass() {
        JavaFileObject source = schemaWithTables(
                "Person.class",
                "@Table final class Person {",
                "    String userId;",
                "    String user_id; // clash",
                "}");
        assertError(
                source, "// clash", "[MIG205] Person.userId and Person.user_id of Person both map to column 'user_id'");
    }

    @Test
    void overLongTableName() {
        String name = "t".repeat(64);
        JavaFileObject source =
                schemaWithTables("Account.class", "@Table(name = \"" + name + "\") record Account(long id) {}");
        assertError(
                source,
                "record Account",
                "[MIG206] The table name '" + name + "' of Account is not a valid name: it is 64 bytes long");
    }

    @Test
    void emptyColumnName() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    @Column(name = \" \") String email) {}");
        assertError(
                source,
                "@Column(name = \" \")",
                "[MIG206] The column name ' ' of Account.email is not a valid name: it is empty");
    }

    @Test
    void aColumnNameThatNeedsQuotingIsAnErrorWithTheFix() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(@Column(primaryKey = true) long id,",
                "    @Column(name = \"bad name\") String email) {}");
        assertError(
                source,
                "@Column(name = \"bad name\")",
                "[MIG206] The column name 'bad name' of Account.email is not a valid name: it contains U+0020, but a "
                        + "name is letters, digits, '_' and '$', starting with a letter or '_'. A name is 1 to 63 bytes "
                        + "(UTF-8) of letters, digits, '_' and '$', starting with a letter or '_', so it reads the same in "
                        + "SQL, in generated Java and in comments; set one, e.g. @Column(name = \"bad_name\").");
    }

    @Test
    void aColumnNameWrittenInQuotesIsAnErrorWithTheFix() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(@Column(primaryKey = true) long id,",
                "    @Column(name = \"\\\"bad name\\\"\") String email) {}");
        assertError(
                source,
                "@Column(name = \"\\\"bad name\\\"\")",
                "[MIG206] The column name '\"bad name\"' of Account.email is not a valid name: it starts with '\"' "
                        + "(U+0022)",
                "set one, e.g. @Column(name = \"bad_name\").");
    }

    @Test
    void overLongSchemaName() {
        String name = "s".repeat(70);
        JavaFileObject source =
                schemaWithTables("Account.class", "@Table(schema = \"" + name + "\") record Account(long id) {}");
        assertError(source, "record Account", "[MIG206] The PostgreSQL schema name '" + name + "'");
    }

    @Test
    void reservedWordIsAWarning() {
        JavaFileObject source = schemaWithTables("User.class", "@Table record User(long id, int order) {}");
        assertWarning(
                new JavaFileObject[] {source},
                source,
                "record User",
                "[MIG207] The table name 'user' of User is a PostgreSQL reserved word",
                "@Table(name = \"users\")");
        assertWarning(
                new JavaFileObject[] {source},
                source,
                "record User",
                "[MIG207] The column name 'order' of User.order is a PostgreSQL reserved word");
    }

    @Test
    void unsupportedType() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    java.util.Map<String, String> attributes) {}");
        assertError(
                source,
                "attributes",
                "[MIG208] Account.attributes has Java type java.util.Map<java.lang.String,java.lang.String>, which has no "
                        + "PostgreSQL mapping",
                "@Column(type = \"jsonb\")");
    }

    @Test
    void arraysOfEnumsAndOfArraysAreUnsupported() {
        JavaFileObject enums = schemaWithTables(
                "Account.class", "enum Role { ADMIN }", "@Table record Account(long id, Role[] roles) {}");
        assertError(enums, "Role[] roles", "[MIG208] Account.roles has Java type test.Role[]");
        JavaFileObject nested = schemaWithTables("Account.class", "@Table record Account(long id, int[][] grid) {}");
        assertError(nested, "int[][] grid", "[MIG208] Account.grid has Java type int[][]");
        JavaFileObject raw =
                schemaWithTables("Account.class", "@Table record Account(long id, java.util.List<?> items) {}");
        assertError(raw, "items", "[MIG208] Account.items has Java type java.util.List<?>");
    }

    @Test
    void invalidExtensionName() {
        JavaFileObject source = ProcessorTestSupport.source(
                "App",
                "@Schema(head = Init.class, tables = {}, extensions = {\"pg_trgm\", \"pg trgm\", \"uuid-ossp\"})"
                        + " final class App {}",
                ProcessorTestSupport.ROOT_REVISION);
        assertError(
                source,
                "extensions",
                "[MIG222] @Schema(extensions) of App lists 'pg trgm', which is not an extension name: it contains ' '");
    }

    @Test
    void lengthOnAnArrayOfNonStrings() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    @Column(length = 10) int[] ages) {}");
        assertError(source, "length = 10", "[MIG209] @Column(length = 10) on Account.ages only applies to String");
    }

    @Test
    void lengthOnNonString() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    @Column(length = 10) int age) {}");
        assertError(
                source,
                "length = 10",
                "[MIG209] @Column(length = 10) on Account.age only applies to String columns (varchar(n)), but its type is int");
    }

    @Test
    void negativeLength() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    @Column(length = -5) String name) {}");
        assertError(source, "length = -5", "[MIG210] @Column(length = -5) on Account.name is invalid");
    }

    @Test
    void scaleAbovePrecision() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(long id,",
                "    @Column(precision = 4, scale = 6) BigDecimal balance) {}");
        assertError(
                source,
                "precision = 4",
                "[MIG211] @Column(precision = 4, scale = 6) on Account.balance is invalid: scale must be between 0 and the precision");
    }

    @Test
    void scaleWithoutPrecision() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    @Column(scale = 2) BigDecimal balance) {}");
        assertError(
                source,
                "scale = 2",
                "[MIG211] @Column(precision = 0, scale = 2) on Account.balance is invalid: precision must be");
    }

    @Test
    void precisionOnNonDecimal() {
        JavaFileObject source = schemaWithTables(
                "Account.class", "@Table record Account(long id,", "    @Column(precision = 10) double balance) {}");
        assertError(
                source,
                "precision = 10",
                "[MIG212] @Column(precision/scale) on Account.balance only applies to BigDecimal columns");
    }

    @Test
    void identityOnText() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(",
                "    @Column(primaryKey = true, identity = true) String code) {}");
        assertError(
                source,
                "identity = true",
                "[MIG213] @Column(identity = true) on Account.code needs an integer column (smallint, integer or bigint), "
                        + "but its type is text");
    }

    @Test
    void identityWithDefault() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(",
                "    @Column(identity = true, defaultValue = \"1\") long id) {}");
        assertError(
                source,
                "defaultValue = \"1\"",
                "[MIG214] Account.id has both @Column(identity = true) and defaultValue \"1\"");
    }

    @Test
    void enumWithoutConstants() {
        JavaFileObject source =
                schemaWithTables("Account.class", "enum Empty {}", "@Table record Account(long id, Empty state) {}");
        assertError(source, "Empty state", "[MIG215] Account.state has enum type test.Empty, which has no constants");
    }

    @Test
    void vectorWithColumnType() {
        JavaFileObject source = schemaWithTables(
                "Doc.class",
                "@Table record Doc(long id,",
                "    @Vector(dimensions = 3) @Column(type = \"vector(3)\") float[] embedding) {}");
        assertError(
                source,
                "type = \"vector(3)\"",
                "[MIG216] Doc.embedding has both @Vector and @Column(type = \"vector(3)\")");
    }

    @Test
    void everyProblemIsReported() {
        JavaFileObject source = schemaWithTables(
                "Account.class",
                "@Table record Account(long id,",
                "    @Column(length = 10) int age, // first",
                "    Object payload) {}");
        assertError(source, "// first", "[MIG209]");
        assertError(source, "Object payload", "[MIG208]");
    }
}
