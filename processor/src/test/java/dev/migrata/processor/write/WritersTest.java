package dev.migrata.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.processor.SchemaFixtures;
import dev.migrata.processor.files.RevisionStep;
import dev.migrata.processor.read.TableDeclaration;
import dev.migrata.processor.read.TableDeclaration.ColumnDeclaration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.SchemaDefinition;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.sql.SqlStatement;
import dev.migrata.testing.Goldens;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class WritersTest {

    private static final List<SqlStatement> INITIAL_UP = List.of(
            new SqlStatement("CREATE EXTENSION IF NOT EXISTS vector", true),
            new SqlStatement(
                    "CREATE TABLE users (\n    id uuid NOT NULL,\n    \"order\" text,\n    CONSTRAINT pk_users PRIMARY KEY (id)\n)",
                    true));
    private static final List<SqlStatement> INITIAL_DOWN = List.of(new SqlStatement("DROP TABLE users", true));
    private static final List<SqlStatement> BACKFILL_UP = List.of(
            new SqlStatement("UPDATE users SET note = 'a \\ b \"\"\" c' WHERE id IS NULL", true),
            new SqlStatement("UPDATE users\n\n   SET note = 'x\"\"\"\"y \\\\ z', label = 'café'\n", true),
            new SqlStatement("SELECT 'trailing space' \nFROM users", true),
            new SqlStatement(
                    "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding\n    ON documents USING hnsw (embedding vector_cosine_ops)",
                    false));

    private static final RevisionSource INITIAL = new RevisionSource(
            ClassName.get("app", "InitialSchema"),
            "001_initial_schema",
            null,
            "initial schema",
            "sha256:1111",
            "sha256:aaaa",
            steps(INITIAL_UP),
            steps(INITIAL_DOWN),
            false,
            null);
    private static final RevisionSource BACKFILL = new RevisionSource(
            ClassName.get("app.revisions", "Backfill"),
            "002_backfill",
            "001_initial_schema",
            "backfill \"notes\"",
            "sha256:2222",
            "sha256:bbbb",
            withJavaStep(steps(BACKFILL_UP), 3, "app.revisions.Backfill"),
            List.of(RevisionStep.java("app.revisions.Backfill")),
            true,
            null);
    private static final ChainSource CHAIN = new ChainSource(
            ClassName.get("app", "AppSchema"),
            "app_schema",
            List.of(INITIAL, BACKFILL),
            SchemaFixtures.usersAndDocuments(),
            List.of());
    private static final TableDeclaration USERS = new TableDeclaration(
            null,
            "users",
            List.of(
                    new ColumnDeclaration("id", "id"),
                    new ColumnDeclaration("name", "name"),
                    new ColumnDeclaration("fullName", "full_name"),
                    new ColumnDeclaration("createdAt", "created_at")));

    @Test
    void writesTheRootMigration(TestInfo test) {
        Goldens.assertGolden(
                test,
                "InitialSchemaMigration.java",
                MigrationClassWriter.write(INITIAL).toString());
    }

    @Test
    void writesADataMigrationWithTextBlocks(TestInfo test) {
        Goldens.assertGolden(
                test,
                "BackfillMigration.java",
                MigrationClassWriter.write(BACKFILL).toString());
    }

    @Test
    void writesTheChain(TestInfo test) {
        Goldens.assertGolden(
                test, "AppSchemaMigrations.java", ChainClassWriter.write(CHAIN).toString());
    }

    @Test
    void writesTheTableMetamodel(TestInfo test) {
        JavaFile file = TableMetamodelWriter.write(ClassName.get("app", "User"), USERS, null);
        Goldens.assertGolden(test, "UserTable.java", file.toString());
    }

    @Test
    void namesNestedClassesAfterTheirEnclosingClasses() {
        assertEquals(
                "AppSchema_UserTable",
                JavaNames.generatedBeside(ClassName.get("app", "AppSchema", "User"), "Table")
                        .simpleName());
        assertEquals("ADD_EMBEDDING_INDEX", JavaNames.upperSnake("AddEmbeddingIndex"));
        assertEquals("FULL_NAME", JavaNames.upperSnake("fullName"));
    }

    @Test
    void generatedCodeCompilesAndHoldsExactlyTheStatements() throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceLines("app.AppSchema", "package app;", "final class AppSchema {}"));
        sources.add(
                JavaFileObjects.forSourceLines("app.InitialSchema", "package app;", "final class InitialSchema {}"));
        sources.add(JavaFileObjects.forSourceLines("app.User", "package app;", "final class User {}"));
        sources.add(JavaFileObjects.forSourceLines(
                "app.revisions.Backfill",
                "package app.revisions;",
                "public final class Backfill implements dev.migrata.runtime.DataMigration {",
                "  public void upgrade(java.sql.Connection c) {}",
                "  public void downgrade(java.sql.Connection c) {}",
                "}"));
        for (JavaFile file : List.of(
                MigrationClassWriter.write(INITIAL),
                MigrationClassWriter.write(BACKFILL),
                ChainClassWriter.write(CHAIN),
                TableMetamodelWriter.write(ClassName.get("app", "User"), USERS, null))) {
            sources.add(file.toJavaFileObject());
        }
        Compilation compilation =
                Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();

        CompiledClasses classes = new CompiledClasses(compilation);
        MigrationChain chain = (MigrationChain) classes.instantiate("app.AppSchemaMigrations");
        assertEquals("app_schema", chain.name());
        assertEquals(
                List.of("001_initial_schema", "002_backfill"),
                chain.migrations().stream().map(Migration::id).toList());
        Migration backfill = chain.head();
        assertEquals(BACKFILL_UP, statements(backfill.upgradeSteps()));
        // The Java step runs where the file lists it: after the transaction's statements, in it.
        MigrationStep java = backfill.upgradeSteps().get(3);
        assertEquals(MigrationStep.java(1, "app.revisions.Backfill"), java);
        assertEquals(List.of(MigrationStep.java(1, "app.revisions.Backfill")), backfill.downgradeSteps());
        assertEquals(INITIAL_UP, statements(chain.migrations().get(0).upgradeSteps()));
        assertEquals("001_initial_schema", backfill.parentId().orElseThrow());
        assertTrue(chain.migrations().get(0).parentId().isEmpty());
        assertEquals("sha256:bbbb", backfill.chainChecksum());
        assertEquals(
                "app.revisions.Backfill",
                backfill.dataMigration().orElseThrow().getClass().getName());
        assertTrue(chain.migrations().get(0).dataMigration().isEmpty());

        SchemaDefinition head = chain.headSchema();
        assertEquals(
                List.of("documents", "users"),
                head.tables().stream().map(SchemaDefinition.Table::name).toList());
        SchemaDefinition.Table users = head.tables().get(1);
        assertEquals(
                List.of("uuid", "character varying(255)", "text", "text", "timestamp with time zone"),
                users.columns().stream().map(SchemaDefinition.Column::type).toList());
        assertEquals(
                List.of("ck_users_status", "pk_users", "uq_users_email"),
                users.constraints().stream()
                        .map(SchemaDefinition.Constraint::name)
                        .toList());
        SchemaDefinition.Column identity = head.tables().get(0).columns().get(0);
        assertEquals(new SchemaDefinition.Column("id", "bigint", false, null, true), identity);
    }

    /**
     * Every fact of a step is written with the runtime's factories, readable, and reaches the compiled
     * step unchanged; text a generator or user wrote (locks, names) stays inside its string literal.
     */
    @Test
    void writesEveryFactOfAStep(TestInfo test) throws Exception {
        String hostileLock = "ACCESS EXCLUSIVE on \"users\"; */ static { System.exit(42); } /* \\ \u2028 end";
        List<RevisionStep> up = List.of(
                RevisionStep.of(
                        new SqlStatement("CREATE EXTENSION IF NOT EXISTS vector", true).withExtension("vector")),
                RevisionStep.of(new SqlStatement(
                                "ALTER TABLE users ADD CONSTRAINT fk_users_team_id_teams FOREIGN KEY (team_id)"
                                        + " REFERENCES teams (id) NOT VALID",
                                true)
                        .withLock(hostileLock)),
                RevisionStep.java("app.Teams"),
                RevisionStep.of(new SqlStatement("ALTER TABLE users VALIDATE CONSTRAINT fk_users_team_id_teams", true)
                        .inGroup(2)
                        .withLock("SHARE UPDATE EXCLUSIVE on users; scans it, writes continue")),
                RevisionStep.of(new SqlStatement(
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_team_id ON users (team_id)",
                                false,
                                true)
                        .withIndex("ix_users_team_id")
                        .withLock("SHARE UPDATE EXCLUSIVE on users; writes continue")),
                RevisionStep.of(new SqlStatement("VACUUM ANALYZE users", false)));
        List<RevisionStep> down = List.of(
                RevisionStep.of(new SqlStatement("DROP INDEX CONCURRENTLY IF EXISTS ix_users_team_id", false, true)
                        .withIndex("ix_users_team_id")),
                RevisionStep.java("app.Teams"),
                RevisionStep.of(new SqlStatement("ALTER TABLE users DROP CONSTRAINT fk_users_team_id_teams", true)));
        RevisionSource revision = new RevisionSource(
                ClassName.get("app", "Teams"),
                "004_teams",
                "003",
                "teams",
                "sha256:1",
                "sha256:2",
                up,
                down,
                true,
                null);
        JavaFile file = MigrationClassWriter.write(revision);
        Goldens.assertGolden(test, "TeamsMigration.java", file.toString());

        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror")
                .compile(
                        JavaFileObjects.forSourceLines(
                                "app.Teams",
                                "package app;",
                                "public final class Teams implements dev.migrata.runtime.DataMigration {",
                                "  public void upgrade(java.sql.Connection c) {}",
                                "  public void downgrade(java.sql.Connection c) {}",
                                "}"),
                        file.toJavaFileObject());
        assertThat(compilation).succeededWithoutWarnings();
        Migration migration = (Migration) new CompiledClasses(compilation).instantiate("app.TeamsMigration");
        assertEquals(
                List.of(
                        MigrationStep.transactional("CREATE EXTENSION IF NOT EXISTS vector")
                                .createsExtension("vector"),
                        MigrationStep.transactional(up.get(1).statement().sql()).locks(hostileLock),
                        MigrationStep.java(1, "app.Teams"),
                        MigrationStep.inTransaction(2, up.get(3).statement().sql())
                                .locks("SHARE UPDATE EXCLUSIVE on users; scans it, writes continue"),
                        MigrationStep.rerunnable(up.get(4).statement().sql())
                                .buildsIndex("ix_users_team_id")
                                .locks("SHARE UPDATE EXCLUSIVE on users; writes continue"),
                        MigrationStep.nonTransactional("VACUUM ANALYZE users")),
                migration.upgradeSteps());
        assertEquals(
                List.of(
                        MigrationStep.rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_users_team_id")
                                .buildsIndex("ix_users_team_id"),
                        MigrationStep.java(1, "app.Teams"),
                        MigrationStep.transactional("ALTER TABLE users DROP CONSTRAINT fk_users_team_id_teams")),
                migration.downgradeSteps());
    }

    @Test
    void revisionClassesLoadOnlyWhenTheirStatementsAreNeeded() throws Exception {
        // More revisions than one switch holds, so positions are dispatched to two of them.
        List<RevisionSource> revisions = new ArrayList<>();
        List<JavaFileObject> sources = new ArrayList<>();
        String parent = null;
        for (int i = 0; i <= 1000; i++) {
            String id = String.format("r%04d", i);
            RevisionSource revision = new RevisionSource(
                    ClassName.get("big", "R" + i),
                    id,
                    parent,
                    "revision " + i,
                    "sha256:" + i,
                    "sha256:chain" + i,
                    steps(List.of(new SqlStatement("SELECT " + i, true))),
                    List.of(),
                    false,
                    null);
            revisions.add(revision);
            sources.add(MigrationClassWriter.write(revision).toJavaFileObject());
            parent = id;
        }
        sources.add(ChainClassWriter.write(
                        new ChainSource(ClassName.get("big", "Big"), "big", revisions, SchemaModel.EMPTY, List.of()))
                .toJavaFileObject());
        Compilation compilation = Compiler.javac().compile(sources);
        assertThat(compilation).succeeded();

        CompiledClasses classes = new CompiledClasses(compilation);
        MigrationChain chain = (MigrationChain) classes.instantiate("big.BigMigrations");
        assertEquals(1001, chain.migrations().size());
        assertEquals("sha256:chain1000", chain.head().chainChecksum());
        assertEquals("r0999", chain.head().parentId().orElseThrow());
        assertFalse(classes.isLoaded("big.R0Migration"));
        assertFalse(classes.isLoaded("big.R1000Migration"));

        assertEquals(
                List.of(new SqlStatement("SELECT 1000", true)),
                statements(chain.head().upgradeSteps()));
        assertTrue(classes.isLoaded("big.R1000Migration"));
        assertFalse(classes.isLoaded("big.R0Migration"));
        assertEquals(
                List.of(new SqlStatement("SELECT 0", true)),
                statements(chain.migrations().get(0).upgradeSteps()));
        assertEquals(
                List.of(new SqlStatement("SELECT 999", true)),
                statements(chain.migrations().get(999).upgradeSteps()));
    }

    @Test
    void aStatementLongerThanAClassFileConstantIsJoinedAtRunTime() throws Exception {
        String values = "(1, 'ü😀'),\n".repeat(9_000);
        SqlStatement big = new SqlStatement("INSERT INTO users (id, note) VALUES\n" + values + "(0, '')", true);
        RevisionSource revision = new RevisionSource(
                ClassName.get("app", "BigInsert"),
                "001_big",
                null,
                "",
                "sha256:1",
                "sha256:2",
                steps(List.of(big)),
                List.of(),
                false,
                null);
        Compilation compilation = Compiler.javac()
                .compile(
                        JavaFileObjects.forSourceLines("app.BigInsert", "package app;", "final class BigInsert {}"),
                        MigrationClassWriter.write(revision).toJavaFileObject());
        assertThat(compilation).succeeded();
        Migration migration = (Migration) new CompiledClasses(compilation).instantiate("app.BigInsertMigration");
        assertEquals(big.sql(), migration.upgradeSteps().get(0).sql());
    }

    /**
     * Text the validators would reject still cannot become code: a comment end in a name, line
     * breaks JavaPoet splits at (U+2028, U+2029) and carriage returns in a message or a statement
     * all stay inside their string literal or Javadoc, byte for byte.
     */
    @Test
    void hostileTextStaysTextInGeneratedJava() throws Exception {
        String exit = "*/static{System.exit(42);}/*";
        TableDeclaration table = new TableDeclaration(
                null,
                "victims*/ class Evil {} /*",
                List.of(
                        new ColumnDeclaration("evil", exit),
                        new ColumnDeclaration("lines", "a\u2028b\u2029c\rd\u0085e {@code x} <b>&amp;</b> @see")));
        List<SqlStatement> up = List.of(
                new SqlStatement("UPDATE victims\nSET note = 'x\u2028y'\nWHERE note = '\u2029'", true),
                new SqlStatement("SELECT '\u2028' -- comment\u2028DROP TABLE victims", true));
        RevisionSource revision = new RevisionSource(
                ClassName.get("app", "Hostile"),
                "001_hostile",
                null,
                " spaced\rDROP TABLE victims;\u2028DROP TABLE victims;\u2029*/ ",
                "sha256:1",
                "sha256:2",
                steps(up),
                List.of(),
                false,
                null);
        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror")
                .compile(
                        JavaFileObjects.forSourceLines("app.Hostile", "package app;", "final class Hostile {}"),
                        JavaFileObjects.forSourceLines("app.Victim", "package app;", "final class Victim {}"),
                        MigrationClassWriter.write(revision).toJavaFileObject(),
                        TableMetamodelWriter.write(ClassName.get("app", "Victim"), table, null)
                                .toJavaFileObject());
        assertThat(compilation).succeededWithoutWarnings();

        CompiledClasses classes = new CompiledClasses(compilation);
        Class<?> metamodel = classes.loadClass("app.VictimTable");
        assertEquals(table.tableName(), metamodel.getField("NAME").get(null));
        assertEquals(exit, metamodel.getField("EVIL").get(null));
        assertEquals(
                table.columns().get(1).columnName(), metamodel.getField("LINES").get(null));
        Migration migration = (Migration) classes.instantiate("app.HostileMigration");
        assertEquals(revision.message(), migration.message());
        assertEquals(up, statements(migration.upgradeSteps()));
    }

    @Test
    void convertsTypesToFormatTypeSpelling() {
        assertEquals("character varying(255)", PostgresTypeNames.formatType("varchar(255)"));
        assertEquals("timestamp with time zone", PostgresTypeNames.formatType("timestamptz"));
        assertEquals("timestamp without time zone", PostgresTypeNames.formatType("timestamp"));
        assertEquals("timestamp(3) with time zone", PostgresTypeNames.formatType("timestamptz(3)"));
        assertEquals("time without time zone", PostgresTypeNames.formatType("time"));
        assertEquals("numeric(10,2)", PostgresTypeNames.formatType("numeric(10, 2)"));
        assertEquals("double precision", PostgresTypeNames.formatType("double precision"));
        assertEquals("bit(3)", PostgresTypeNames.formatType("bit(3)"));
        assertEquals("vector(768)", PostgresTypeNames.formatType("vector(768)"));
        assertEquals("jsonb", PostgresTypeNames.formatType("JSONB"));
        assertEquals("character varying(10)[]", PostgresTypeNames.formatType("varchar(10)[]"));
        assertEquals("integer", PostgresTypeNames.formatType("int4"));
        assertEquals("\"MyType\"", PostgresTypeNames.formatType("\"MyType\""));
    }

    /** The SQL steps of a compiled revision, without its Java step. */
    private static List<SqlStatement> statements(List<MigrationStep> steps) {
        return steps.stream()
                .filter(s -> !s.isJava())
                .map(s -> new SqlStatement(s.sql(), s.transactional()))
                .toList();
    }

    private static List<RevisionStep> steps(List<SqlStatement> statements) {
        return statements.stream().map(RevisionStep::of).toList();
    }

    private static List<RevisionStep> withJavaStep(List<RevisionStep> steps, int at, String dataMigration) {
        List<RevisionStep> all = new ArrayList<>(steps);
        all.add(at, RevisionStep.java(dataMigration));
        return all;
    }
}
