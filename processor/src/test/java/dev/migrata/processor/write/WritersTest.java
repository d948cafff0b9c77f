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
import dev.migrata.processor.files.MalformedRevisionFileException;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.processor.read.TableDeclaration;
import dev.migrata.processor.read.TableDeclaration.ColumnDeclaration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.sql.Checksums;
import dev.migrata.schema.sql.SqlStatement;
import dev.migrata.testing.Goldens;
import dev.migrata.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;

class WritersTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

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

    private static final RevisionSource INITIAL = revision(
            ClassName.get("app", "InitialSchema"),
            "001_initial_schema",
            null,
            "initial schema",
            INITIAL_UP,
            INITIAL_DOWN,
            null);
    private static final RevisionSource BACKFILL = revision(
            ClassName.get("app.revisions", "Backfill"),
            "002_backfill",
            INITIAL,
            "backfill \"notes\"",
            BACKFILL_UP,
            List.of(),
            "app.revisions.Backfill");
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

    private static final TableDeclaration PAGES = new TableDeclaration(
            null, "pages", List.of(new ColumnDeclaration("id", "id"), new ColumnDeclaration("body", "body")));

    private static JavaFile metamodels() {
        return TableMetamodelWriter.write(
                ClassName.get("app", "AppSchema"),
                "app_schema",
                List.of(
                        new TableMetamodelWriter.Table(ClassName.get("app", "User"), USERS),
                        new TableMetamodelWriter.Table(ClassName.get("app", "Documents", "Page"), PAGES)),
                List.of());
    }

    @Test
    void writesTheChain(TestInfo test) {
        List<JavaFile> files = ChainClassWriter.write(CHAIN);
        assertEquals(2, files.size());
        Goldens.assertGolden(test, "AppSchemaRevisions.java", files.get(0).toString());
        Goldens.assertGolden(test, "AppSchemaMigrations.java", files.get(1).toString());
        Goldens.assertGolden(test, "head-schema.txt", CHAIN.headSchemaText());
    }

    @Test
    void writesTheTableMetamodel(TestInfo test) {
        Goldens.assertGolden(test, "AppSchemaTables.java", metamodels().toString());
    }

    @Test
    void namesNestedClassesAfterTheirEnclosingClasses() {
        assertEquals(
                "AppSchema_UserTable", TableMetamodelWriter.metamodelName(ClassName.get("app", "AppSchema", "User")));
        assertEquals(
                "app.AppSchemaTables",
                TableMetamodelWriter.tablesClassOf(ClassName.get("app", "AppSchema"))
                        .canonicalName());
        assertEquals("ADD_EMBEDDING_INDEX", JavaNames.upperSnake("AddEmbeddingIndex"));
        assertEquals("FULL_NAME", JavaNames.upperSnake("fullName"));
    }

    @Test
    void generatedCodeCompilesAndHoldsExactlyTheStatements() throws Exception {
        List<JavaFileObject> sources = appSources();
        sources.addAll(chainSources(CHAIN));
        sources.add(metamodels().toJavaFileObject());
        Compilation compilation =
                Compiler.javac().withOptions("-Xlint:all", "-Werror").compile(sources);
        assertThat(compilation).succeededWithoutWarnings();

        CompiledClasses classes = withResources(new CompiledClasses(compilation), CHAIN);
        assertHoldsTheChain((MigrationChain) classes.instantiate("app.AppSchemaMigrations"));
        assertEquals(
                classes.loadClass("app.AppSchemaMigrations")
                        .getField("INITIAL_SCHEMA")
                        .get(null),
                ((MigrationChain) classes.instantiate("app.AppSchemaMigrations"))
                        .migrations()
                        .get(0));

        Class<?> pages = classes.loadClass("app.AppSchemaTables$Documents_PageTable");
        assertEquals("pages", pages.getField("NAME").get(null));
        assertEquals("body", pages.getField("BODY").get(null));
        assertEquals(
                "name",
                classes.loadClass("app.AppSchemaTables$UserTable")
                        .getField("NAME_COLUMN")
                        .get(null));
    }

    /**
     * A chain class compiled by the previous version, which created every revision in holder classes
     * nested in it (this test's fixture is its golden of the same chain), still runs on this runtime
     * with the same revisions, statements and checksums.
     */
    @Test
    void aChainClassOfThePreviousShapeStillRuns() throws Exception {
        List<JavaFileObject> sources = appSources();
        sources.add(JavaFileObjects.forResource("previous-chain-shape/AppSchemaMigrations.java"));
        Compilation compilation = Compiler.javac().compile(sources);
        assertThat(compilation).succeeded();
        CompiledClasses classes = withResources(new CompiledClasses(compilation), CHAIN);
        assertHoldsTheChain((MigrationChain) classes.instantiate("app.AppSchemaMigrations"));
    }

    /** The application classes {@link #CHAIN} and the metamodels refer to. */
    private static List<JavaFileObject> appSources() {
        List<JavaFileObject> sources = new ArrayList<>();
        sources.add(JavaFileObjects.forSourceLines("app.AppSchema", "package app;", "final class AppSchema {}"));
        sources.add(
                JavaFileObjects.forSourceLines("app.InitialSchema", "package app;", "final class InitialSchema {}"));
        sources.add(JavaFileObjects.forSourceLines("app.User", "package app;", "final class User {}"));
        sources.add(JavaFileObjects.forSourceLines(
                "app.Documents", "package app;", "final class Documents {", "  static final class Page {}", "}"));
        sources.add(JavaFileObjects.forSourceLines(
                "app.revisions.Backfill",
                "package app.revisions;",
                "public final class Backfill implements dev.migrata.runtime.DataMigration {",
                "  public void upgrade(java.sql.Connection c) {}",
                "  public void downgrade(java.sql.Connection c) {}",
                "}"));
        return sources;
    }

    /** The chain of {@link #CHAIN} as a compiled chain class holds it: revisions, steps, checksums, head schema. */
    private static void assertHoldsTheChain(MigrationChain chain) {
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
        assertEquals(BACKFILL.chainChecksum(), backfill.chainChecksum());
        assertEquals(Checksums.chain(INITIAL.chainChecksum(), BACKFILL.checksum()), backfill.chainChecksum());
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
     * Every fact of a step reaches the runtime's step unchanged through the revision's resource: the
     * file the processor writes is the one the runtime reads, and text a generator or user wrote
     * (locks, names) never becomes Java.
     */
    @Test
    void everyFactOfAStepReachesTheRuntimeThroughTheResource() throws Exception {
        String hostileLock = "ACCESS EXCLUSIVE on \"users\"; */ static { System.exit(42); } /* \\ end";
        List<SqlStatement> up = List.of(
                (new SqlStatement("CREATE EXTENSION IF NOT EXISTS vector", true).withExtension("vector")),
                (new SqlStatement(
                                "ALTER TABLE users ADD CONSTRAINT fk_users_team_id_teams FOREIGN KEY (team_id)"
                                        + " REFERENCES teams (id) NOT VALID",
                                true)
                        .withLock(hostileLock)),
                (new SqlStatement("ALTER TABLE users VALIDATE CONSTRAINT fk_users_team_id_teams", true)
                        .inGroup(2)
                        .withLock("SHARE UPDATE EXCLUSIVE on users; scans it, writes continue")),
                (new SqlStatement(
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_team_id ON users (team_id)",
                                false,
                                true)
                        .withIndex("ix_users_team_id")
                        .withLock("SHARE UPDATE EXCLUSIVE on users; writes continue")),
                (new SqlStatement("VACUUM ANALYZE users", false)));
        List<SqlStatement> down = List.of(
                new SqlStatement("DROP INDEX CONCURRENTLY IF EXISTS ix_users_team_id", false, true)
                        .withIndex("ix_users_team_id"),
                new SqlStatement("ALTER TABLE users DROP CONSTRAINT fk_users_team_id_teams", true));
        RevisionSource revision =
                revision(ClassName.get("app", "Teams"), "004_teams", null, "teams", up, down, "app.Teams");
        ChainSource chain = new ChainSource(
                ClassName.get("app", "TeamSchema"), "teams", List.of(revision), SchemaModel.EMPTY, List.of());
        for (JavaFile file : ChainClassWriter.write(chain)) {
            assertFalse(file.toString().contains("System.exit"), file::toString);
        }

        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror")
                .compile(sources(
                        JavaFileObjects.forSourceLines(
                                "app.Teams",
                                "package app;",
                                "public final class Teams implements dev.migrata.runtime.DataMigration {",
                                "  public void upgrade(java.sql.Connection c) {}",
                                "  public void downgrade(java.sql.Connection c) {}",
                                "}"),
                        JavaFileObjects.forSourceLines("app.TeamSchema", "package app;", "final class TeamSchema {}"),
                        chainSources(chain)));
        assertThat(compilation).succeededWithoutWarnings();
        Migration migration = ((MigrationChain)
                        withResources(new CompiledClasses(compilation), chain).instantiate("app.TeamSchemaMigrations"))
                .head();
        assertEquals(
                List.of(
                        MigrationStep.transactional("CREATE EXTENSION IF NOT EXISTS vector")
                                .createsExtension("vector"),
                        MigrationStep.transactional(up.get(1).sql()).locks(hostileLock),
                        MigrationStep.java(1, "app.Teams"),
                        MigrationStep.inTransaction(2, up.get(2).sql())
                                .locks("SHARE UPDATE EXCLUSIVE on users; scans it, writes continue"),
                        MigrationStep.rerunnable(up.get(3).sql())
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

    /**
     * A chain of many parts compiles (a single static initializer would be too large for the JVM past
     * about 1,700 revisions), and no revision file is read until its steps are needed.
     */
    @Test
    void aLongChainCompilesAndReadsEachFileOnlyWhenItsStepsAreNeeded() throws Exception {
        List<RevisionSource> revisions = longChain(2001);
        ChainSource big = new ChainSource(ClassName.get("big", "Big"), "big", revisions, SchemaModel.EMPTY, List.of());
        Compilation compilation = compileBig(big);

        CompiledClasses classes = withResources(new CompiledClasses(compilation), big);
        MigrationChain chain = (MigrationChain) classes.instantiate("big.BigMigrations");
        assertEquals(2001, chain.migrations().size());
        assertEquals(revisions.get(2000).chainChecksum(), chain.head().chainChecksum());
        assertEquals("r1999", chain.head().parentId().orElseThrow());
        assertEquals(List.of(), classes.resourceLookups());

        assertEquals(
                List.of(new SqlStatement("SELECT 2000", true)),
                statements(chain.head().upgradeSteps()));
        assertEquals(List.of("META-INF/migrata/big/r2000.sql"), classes.resourceLookups());
        assertEquals(
                List.of(new SqlStatement("SELECT 999", true)),
                statements(chain.migrations().get(999).upgradeSteps()));
        chain.head().downgradeSteps();
        assertEquals(
                List.of("META-INF/migrata/big/r2000.sql", "META-INF/migrata/big/r0999.sql"), classes.resourceLookups());
        for (int i = 0; i < revisions.size(); i++) {
            assertEquals(revisions.get(i).id(), chain.migrations().get(i).id());
        }
        assertEquals(
                chain.migrations().get(1234),
                classes.loadClass("big.BigMigrations").getField("R1234").get(null));
    }

    /**
     * Starting an application whose database is at the head creates only the head's part of a long
     * chain: the classes that create the other parts are not even loaded until one of their revisions
     * is used, whether the head is named or given as the typed constant.
     */
    @Test
    void anUpToDateStartCreatesOnlyTheHeadsPartOfTheChain() throws Exception {
        ChainSource big =
                new ChainSource(ClassName.get("big", "Big"), "big", longChain(250), SchemaModel.EMPTY, List.of());
        Compilation compilation = compileBig(big);
        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            MigrationChain first = (MigrationChain)
                    withResources(new CompiledClasses(compilation), big).instantiate("big.BigMigrations");
            assertEquals(250, migrator(url, first).upgrade("head").size());

            CompiledClasses restarted = withResources(new CompiledClasses(compilation), big);
            MigrationChain chain = (MigrationChain) restarted.instantiate("big.BigMigrations");
            Migration head = (Migration)
                    restarted.loadClass("big.BigMigrations").getField("R0249").get(null);
            assertEquals(List.of(), migrator(url, chain).upgrade("head"));
            assertEquals(List.of(), migrator(url, chain).upgrade(head));
            assertTrue(restarted.isLoaded("big.BigRevisions$Part2Revisions"));
            assertFalse(restarted.isLoaded("big.BigRevisions$Part0Revisions"));
            assertFalse(restarted.isLoaded("big.BigRevisions$Part1Revisions"));
            assertEquals(List.of(), restarted.resourceLookups());

            // Another part is created when one of its revisions is first asked for, and only that part.
            assertEquals("r0042", chain.migrations().get(42).id());
            assertTrue(restarted.isLoaded("big.BigRevisions$Part0Revisions"));
            assertFalse(restarted.isLoaded("big.BigRevisions$Part1Revisions"));
        } finally {
            server.dropDatabase(database);
        }
    }

    /** A chain of {@code count} revisions {@code r0000} on, each its own class {@code big.R<n>} running {@code SELECT <n>}. */
    private static List<RevisionSource> longChain(int count) {
        List<RevisionSource> revisions = new ArrayList<>();
        RevisionSource parent = null;
        for (int i = 0; i < count; i++) {
            RevisionSource revision = revision(
                    ClassName.get("big", String.format("R%04d", i)),
                    String.format("r%04d", i),
                    parent,
                    "revision " + i,
                    List.of(new SqlStatement("SELECT " + i, true)),
                    List.of(),
                    null);
            revisions.add(revision);
            parent = revision;
        }
        return revisions;
    }

    /** The chain of {@link #longChain} compiled, with its {@code @Schema} class {@code big.Big}. */
    private static Compilation compileBig(ChainSource big) {
        Compilation compilation = Compiler.javac()
                .compile(sources(
                        JavaFileObjects.forSourceLines("big.Big", "package big;", "final class Big {}"),
                        chainSources(big)));
        assertThat(compilation).succeeded();
        return compilation;
    }

    private static Migrator migrator(String url, MigrationChain chain) {
        return Migrator.builder().url(url).chain(chain).build();
    }

    @Test
    void aStatementLongerThanAClassFileConstantIsReadFromTheResource() throws Exception {
        String values = "(1, 'ü😀'),\n".repeat(9_000);
        SqlStatement big = new SqlStatement("INSERT INTO users (id, note) VALUES\n" + values + "(0, '')", true);
        RevisionSource revision =
                revision(ClassName.get("app", "BigInsert"), "001_big", null, "", List.of(big), List.of(), null);
        ChainSource chain = new ChainSource(
                ClassName.get("app", "BigInsert"), "big", List.of(revision), SchemaModel.EMPTY, List.of());
        Compilation compilation = Compiler.javac()
                .compile(sources(
                        JavaFileObjects.forSourceLines("app.BigInsert", "package app;", "final class BigInsert {}"),
                        chainSources(chain)));
        assertThat(compilation).succeeded();
        Migration migration = ((MigrationChain)
                        withResources(new CompiledClasses(compilation), chain).instantiate("app.BigInsertMigrations"))
                .head();
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
        RevisionSource revision = revision(
                ClassName.get("app", "Hostile"),
                "001_hostile",
                null,
                " spaced\rDROP TABLE victims;\u2028DROP TABLE victims;\u2029*/ ",
                up,
                List.of(),
                null);
        ChainSource chain = new ChainSource(
                ClassName.get("app", "Hostile"), "hostile", List.of(revision), SchemaModel.EMPTY, List.of());
        Compilation compilation = Compiler.javac()
                .withOptions("-Xlint:all", "-Werror")
                .compile(sources(
                        JavaFileObjects.forSourceLines("app.Hostile", "package app;", "final class Hostile {}"),
                        JavaFileObjects.forSourceLines("app.Victim", "package app;", "final class Victim {}"),
                        chainSources(chain),
                        TableMetamodelWriter.write(
                                        ClassName.get("app", "Hostile"),
                                        "hostile*/ class Evil {} /*",
                                        List.of(new TableMetamodelWriter.Table(ClassName.get("app", "Victim"), table)),
                                        List.of())
                                .toJavaFileObject()));
        assertThat(compilation).succeededWithoutWarnings();

        CompiledClasses classes = withResources(new CompiledClasses(compilation), chain);
        Class<?> metamodel = classes.loadClass("app.HostileTables$VictimTable");
        assertEquals(table.tableName(), metamodel.getField("NAME").get(null));
        assertEquals(exit, metamodel.getField("EVIL").get(null));
        assertEquals(
                table.columns().get(1).columnName(), metamodel.getField("LINES").get(null));
        Migration migration = ((MigrationChain) classes.instantiate("app.HostileMigrations")).head();
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

    /**
     * A revision as the freezer hands it to the writers: its file rendered from the statements, with
     * the checksums computed from them, the chain checksum continuing {@code parent}'s.
     */
    private static RevisionSource revision(
            ClassName revisionClass,
            String id,
            RevisionSource parent,
            String message,
            List<SqlStatement> up,
            List<SqlStatement> down,
            String dataMigration) {
        String checksum = Checksums.revision(up, down, dataMigration);
        String parentId = parent == null ? null : parent.id();
        try {
            String text = new RevisionSqlFile(id, parentId, message, checksum, null, up, down, dataMigration).render();
            return new RevisionSource(
                    revisionClass,
                    id,
                    parentId,
                    message,
                    checksum,
                    Checksums.chain(parent == null ? null : parent.chainChecksum(), checksum),
                    text,
                    dataMigration != null,
                    null);
        } catch (MalformedRevisionFileException e) {
            throw new AssertionError(e);
        }
    }

    /** The chain's generated Java files, to compile. */
    private static List<JavaFileObject> chainSources(ChainSource chain) {
        return ChainClassWriter.write(chain).stream()
                .map(JavaFile::toJavaFileObject)
                .toList();
    }

    /** Sources to compile: each part a source or a list of sources. */
    private static List<JavaFileObject> sources(Object... parts) {
        List<JavaFileObject> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof JavaFileObject source) {
                all.add(source);
            } else {
                for (Object source : (List<?>) part) {
                    all.add((JavaFileObject) source);
                }
            }
        }
        return all;
    }

    /** The class loader with the chain's revision files and head schema, where the processor writes them. */
    private static CompiledClasses withResources(CompiledClasses classes, ChainSource chain) {
        classes.withResource(ChainClassWriter.headSchemaResource(chain.schemaName()), chain.headSchemaBytes());
        for (RevisionSource revision : chain.revisions()) {
            classes.withResource(
                    ChainClassWriter.resourceFolder(chain.schemaName()) + revision.id() + ".sql", revision.sqlBytes());
        }
        return classes;
    }
}
