package dev.migrata.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid schema reads into the expected model and chain, from sources and from compiled classes. */
class SchemaReaderTest {

    private static final String HEADER = "package test;\n"
            + "import dev.migrata.annotations.*;\n"
            + "import java.math.BigDecimal;\n"
            + "import java.time.Instant;\n"
            + "import java.util.UUID;\n";

    private static final JavaFileObject SCHEMA = JavaFileObjects.forSourceString(
            "test.AppSchema",
            HEADER
                    + "@Schema(head = AddIndex.class, tables = {User.class, Document.class, Tag.class})\n"
                    + "public final class AppSchema {}\n");

    private static final JavaFileObject TABLES = JavaFileObjects.forSourceString(
            "test.Tables",
            HEADER
                    + "enum Role { ADMIN, MEMBER }\n"
                    + "@Table(name = \"users\", comment = \"people\")\n"
                    + "record User(\n"
                    + "    @Column(primaryKey = true) UUID id,\n"
                    + "    @Column(length = 255, unique = true, nullable = false) String email,\n"
                    + "    String fullName,\n"
                    + "    @Column(defaultValue = \"now()\") Instant createdAt,\n"
                    + "    int loginCount,\n"
                    + "    Role role) {\n"
                    + "  static final int VERSION = 1;\n"
                    + "}\n"
                    + "@Table(name = \"documents\")\n"
                    + "@Index(columns = {\"owner_id\", \"created_at\"})\n"
                    + "@Index(columns = \"title\", unique = true, name = \"documents_title_key\", where = \"title IS NOT NULL\")\n"
                    + "record Document(\n"
                    + "    @Column(primaryKey = true, identity = true) long id,\n"
                    + "    @References(value = User.class, onDelete = ReferentialAction.SET_NULL) UUID ownerId,\n"
                    + "    @Column(nullable = false, check = \"length(title) > 0\") String title,\n"
                    + "    @Column(precision = 10, scale = 2) BigDecimal price,\n"
                    + "    @Vector(dimensions = 768) @VectorIndex(method = IndexMethod.HNSW, distance = Distance.COSINE)\n"
                    + "        float[] embedding,\n"
                    + "    Instant createdAt,\n"
                    + "    byte[] payload,\n"
                    + "    @Column(type = \"jsonb\", comment = \"free-form\") String meta) {}\n"
                    + "@Table(schema = \"catalog\", primaryKey = {\"name\", \"kind\"})\n"
                    + "final class Tag {\n"
                    + "  static int counter;\n"
                    + "  transient String cache;\n"
                    + "  String name;\n"
                    + "  @Column(check = \"kind <> ''\") Role kind;\n"
                    + "  Boolean active;\n"
                    + "  @Column(identity = true) Long seq;\n"
                    + "}\n");

    private static final JavaFileObject REVISIONS = JavaFileObjects.forSourceString(
            "test.Revisions",
            HEADER
                    + "@Revision(id = \"001_initial\", message = \"initial schema\") final class Initial {}\n"
                    + "@Revision(id = \"002_rename\", parent = Initial.class, message = \"rename\", transactional = false)\n"
                    + "@RenameColumn(table = \"users\", from = \"name\", to = \"full_name\")\n"
                    + "@Sql(up = \"UPDATE users SET full_name = ''\", down = \"SELECT 1\")\n"
                    + "@Sql(up = \"SELECT 2\")\n"
                    + "final class Rename implements dev.migrata.runtime.DataMigration {\n"
                    + "  public void upgrade(java.sql.Connection c) {}\n"
                    + "  public void downgrade(java.sql.Connection c) {}\n"
                    + "}\n"
                    + "@Revision(id = \"003_index\", parent = Rename.class)\n"
                    + "@DropTable(table = \"old\") @DropColumn(table = \"users\", column = \"age\")\n"
                    + "@RenameTable(from = \"person\", to = \"users\")\n"
                    + "@ChangeType(table = \"users\", column = \"login_count\", using = \"login_count::integer\")\n"
                    + "final class AddIndex {}\n");

    @TempDir
    Path classes;

    @Test
    void validSchemaReadsIntoTheExpectedModel() {
        CapturingReaderProcessor reader = new CapturingReaderProcessor();
        Compilation compilation = Compiler.javac().withProcessors(reader).compile(SCHEMA, TABLES, REVISIONS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(reader.results()).hasSize(1);
        assertReadAsExpected(reader.results().get(0));
    }

    @Test
    void tablesAndRevisionsFromTheClassPathReadTheSame() throws Exception {
        // Partial recompilation: only the @Schema class is a source; the rest are compiled classes
        // whose annotations (CLASS retention) are read back from the class files.
        List<String> args = new ArrayList<>(
                List.of("-proc:none", "-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        List<File> files = new ArrayList<>();
        for (JavaFileObject source : List.of(TABLES, REVISIONS)) {
            Path file = classes.resolve(source.getName().replaceFirst("^/", ""));
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, source.getCharContent(true));
            files.add(file.toFile());
        }
        files.forEach(f -> args.add(f.getPath()));
        int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new));
        assertThat(exit).isEqualTo(0);

        List<File> classpath = new ArrayList<>();
        classpath.add(classes.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        CapturingReaderProcessor reader = new CapturingReaderProcessor();
        Compilation compilation =
                Compiler.javac().withProcessors(reader).withClasspath(classpath).compile(SCHEMA);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(reader.results()).hasSize(1);
        assertReadAsExpected(reader.results().get(0));
    }

    private static void assertReadAsExpected(ReadResult result) {
        assertThat(result.problems()).isEmpty();
        SchemaDeclaration schema = result.schemas().get(0);
        assertThat(schema.name()).isEqualTo("app_schema");
        assertThat(schema.element().getQualifiedName().toString()).isEqualTo("test.AppSchema");
        assertThat(schema.head()).isEqualTo(expectedModel());

        assertThat(schema.tables().stream().map(TableDeclaration::tableName).toList())
                .containsExactly("users", "documents", "tag")
                .inOrder();
        assertThat(schema.tables().get(0).columns())
                .containsExactly(
                        new TableDeclaration.ColumnDeclaration("id", "id"),
                        new TableDeclaration.ColumnDeclaration("email", "email"),
                        new TableDeclaration.ColumnDeclaration("fullName", "full_name"),
                        new TableDeclaration.ColumnDeclaration("createdAt", "created_at"),
                        new TableDeclaration.ColumnDeclaration("loginCount", "login_count"),
                        new TableDeclaration.ColumnDeclaration("role", "role"))
                .inOrder();

        List<RevisionModel> revisions = schema.revisions();
        assertThat(revisions.stream().map(RevisionModel::id).toList())
                .containsExactly("001_initial", "002_rename", "003_index")
                .inOrder();
        assertThat(schema.revisionElements().stream()
                        .map(e -> e.getSimpleName().toString())
                        .toList())
                .containsExactly("Initial", "Rename", "AddIndex")
                .inOrder();

        RevisionModel initial = revisions.get(0);
        assertThat(initial.parentId()).isNull();
        assertThat(initial.message()).isEqualTo("initial schema");
        assertThat(initial.transactional()).isTrue();
        assertThat(initial.dataMigration()).isFalse();
        assertThat(initial.className()).isEqualTo("test.Initial");

        RevisionModel rename = revisions.get(1);
        assertThat(rename.parentId()).isEqualTo("001_initial");
        assertThat(rename.transactional()).isFalse();
        assertThat(rename.dataMigration()).isTrue();
        assertThat(rename.renameColumns()).hasSize(1);
        Directive.RenameColumn renameColumn = rename.renameColumns().get(0);
        assertThat(List.of(renameColumn.table(), renameColumn.from(), renameColumn.to()))
                .containsExactly("users", "name", "full_name")
                .inOrder();
        assertThat(renameColumn.origin()).isInstanceOf(ElementOrigin.class);
        assertThat(rename.sql().stream().map(Directive.Sql::up).toList())
                .containsExactly("UPDATE users SET full_name = ''", "SELECT 2")
                .inOrder();
        assertThat(rename.sql().stream().map(Directive.Sql::down).toList())
                .containsExactly("SELECT 1", "")
                .inOrder();

        RevisionModel addIndex = revisions.get(2);
        assertThat(addIndex.parentId()).isEqualTo("002_rename");
        assertThat(addIndex.dropTables().get(0).table()).isEqualTo("old");
        assertThat(addIndex.dropColumns().get(0).column()).isEqualTo("age");
        assertThat(addIndex.renameTables().get(0).from()).isEqualTo("person");
        assertThat(addIndex.changeTypes().get(0).using()).isEqualTo("login_count::integer");
        assertThat(addIndex.changeTypes().get(0).usingDown()).isEmpty();
    }

    private static SchemaModel expectedModel() {
        TableModel users = new TableModel(
                "",
                "users",
                List.of(
                        new ColumnModel("id", "uuid", false, false, null, null, List.of()),
                        new ColumnModel("email", "varchar(255)", false, false, null, null, List.of()),
                        new ColumnModel("full_name", "text", true, false, null, null, List.of()),
                        new ColumnModel("created_at", "timestamptz", true, false, "now()", null, List.of()),
                        new ColumnModel("login_count", "integer", false, false, null, null, List.of()),
                        new ColumnModel("role", "text", true, false, null, null, List.of("ADMIN", "MEMBER"))),
                new PrimaryKeyModel("pk_users", List.of("id")),
                List.of(new UniqueModel("uq_users_email", List.of("email"))),
                List.of(new CheckModel("ck_users_role", "role IN ('ADMIN', 'MEMBER')")),
                List.of(),
                List.of(),
                "people");
        TableModel documents = new TableModel(
                "",
                "documents",
                List.of(
                        new ColumnModel("id", "bigint", false, true, null, null, List.of()),
                        new ColumnModel("owner_id", "uuid", true, false, null, null, List.of()),
                        new ColumnModel("title", "text", false, false, null, null, List.of()),
                        new ColumnModel("price", "numeric(10,2)", true, false, null, null, List.of()),
                        new ColumnModel("embedding", "vector(768)", true, false, null, null, List.of()),
                        new ColumnModel("created_at", "timestamptz", true, false, null, null, List.of()),
                        new ColumnModel("payload", "bytea", true, false, null, null, List.of()),
                        new ColumnModel("meta", "jsonb", true, false, null, "free-form", List.of())),
                new PrimaryKeyModel("pk_documents", List.of("id")),
                List.of(),
                List.of(new CheckModel("ck_documents_title", "length(title) > 0")),
                List.of(new ForeignKeyModel(
                        "fk_documents_owner_id_users",
                        List.of("owner_id"),
                        "",
                        "users",
                        List.of("id"),
                        "SET NULL",
                        "NO ACTION")),
                List.of(
                        new IndexModel(
                                "ix_documents_owner_id_created_at",
                                List.of("owner_id", "created_at"),
                                false,
                                "btree",
                                null,
                                Map.of(),
                                null),
                        new IndexModel(
                                "documents_title_key",
                                List.of("title"),
                                true,
                                "btree",
                                null,
                                Map.of(),
                                "title IS NOT NULL"),
                        new IndexModel(
                                "ix_documents_embedding",
                                List.of("embedding"),
                                false,
                                "hnsw",
                                "vector_cosine_ops",
                                Map.of("m", 16, "ef_construction", 64),
                                null)),
                null);
        TableModel tag = new TableModel(
                "catalog",
                "tag",
                List.of(
                        new ColumnModel("name", "text", false, false, null, null, List.of()),
                        new ColumnModel("kind", "text", false, false, null, null, List.of("ADMIN", "MEMBER")),
                        new ColumnModel("active", "boolean", true, false, null, null, List.of()),
                        new ColumnModel("seq", "bigint", false, true, null, null, List.of())),
                new PrimaryKeyModel("pk_tag", List.of("name", "kind")),
                List.of(),
                List.of(new CheckModel("ck_tag_kind", "(kind <> '') AND (kind IN ('ADMIN', 'MEMBER'))")),
                List.of(),
                List.of(),
                null);
        return new SchemaModel(List.of(users, documents, tag));
    }
}
