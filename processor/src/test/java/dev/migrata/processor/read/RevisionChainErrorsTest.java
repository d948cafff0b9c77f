package dev.migrata.processor.read;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors of the revision chain: MIG1xx. */
class RevisionChainErrorsTest extends ProcessorTestSupport {

    private static final String TABLE = "@Table record Account(@Column(primaryKey = true) long id) {}";

    @Test
    void duplicateRevisionId() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Second.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001_init\") final class First {}",
                "@Revision(id = \"001_init\", parent = First.class) final class Second {}");
        assertError(
                source,
                "final class Second",
                "[MIG101] Revision id '001_init' is used by both First and Second in the chain of schema 'app'",
                "@Revision(id = \"001_init_2\", ...)");
    }

    @Test
    void parentNotRevision() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Second.class, tables = Account.class) final class App {}",
                TABLE,
                "final class Plain {}",
                "@Revision(id = \"002\", parent = Plain.class) final class Second {}");
        assertError(
                source,
                "parent = Plain.class",
                "[MIG102] @Revision(parent = Plain.class) on Second names a class that is not a @Revision");
    }

    @Test
    void headNotRevision() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Plain.class, tables = Account.class) final class App {}",
                TABLE,
                "final class Plain {}");
        assertError(
                source,
                "head = Plain.class",
                "[MIG103] @Schema(head = Plain.class) on App names a class that is not a @Revision");
    }

    @Test
    void cycle() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = C.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"a\", parent = C.class) final class A {}",
                "@Revision(id = \"b\", parent = A.class) final class B {}",
                "@Revision(id = \"c\", parent = B.class) final class C {}");
        assertError(
                source, "final class A ", "[MIG104] The revision chain of schema 'app' is a cycle: C -> B -> A -> C");
    }

    @Test
    void secondRoot() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Second.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\") final class First {}",
                "@Revision(id = \"002\", parent = First.class) final class Second {}",
                "@Revision(id = \"other_root\") final class OtherRoot {}");
        assertError(
                source,
                "class OtherRoot",
                "[MIG105] Revision 'other_root' (OtherRoot) has no parent, but the chain of schema 'app' already starts "
                        + "at root '001' (First)",
                "@Revision(id = \"other_root\", parent = Second.class)");
    }

    @Test
    void fork() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Second.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\") final class First {}",
                "@Revision(id = \"002\", parent = First.class) final class Second {}",
                "@Revision(id = \"002_branch\", parent = First.class) final class Branch {}");
        assertError(
                source,
                "class Branch",
                "[MIG106] Revisions '002_branch' (Branch) and '002' (Second) both name First as their parent",
                "'002' stays where it is (neither has files yet, and it is on the chain of @Schema(head))",
                "change its parent to Second: @Revision(id = \"002_branch\", parent = Second.class, ...) on Branch",
                "point the schema's head at it: @Schema(head = Branch.class, ...)");
    }

    @Test
    void unreachableRevision() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\") final class First {}",
                "@Revision(id = \"002\", parent = First.class) final class Second {}",
                "@Revision(id = \"003\", parent = Second.class) final class Third {}");
        // Second forks from nothing the chain reaches beyond its head; Third hangs off Second.
        assertError(
                source,
                "class Third",
                "[MIG107] Revision '003' (Third) is not reachable from the head of any @Schema",
                "@Schema(head = Third.class, ...)");
    }

    @Test
    void aMistypedParentIsTheOneErrorNotEveryRevisionBehindIt() {
        assertOnlyErrorOnParentOf008("R7.class", "cannot find symbol");
    }

    @Test
    void aParentThatIsNotARevisionIsTheOneErrorNotEveryRevisionBehindIt() {
        assertOnlyErrorOnParentOf008(
                "Account.class",
                "[MIG102] @Revision(parent = Account.class) on R08 names a class that is not a @Revision. Point parent "
                        + "at the previous @Revision class");
    }

    /** In a chain of fifteen, the wrong parent of 008 is the one error, on its line: 001 to 007 are not reported. */
    private void assertOnlyErrorOnParentOf008(String parentOf008, String error) {
        JavaFileObject source = chainOfFifteen(parentOf008);
        Compilation compilation = compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(error)
                .inFile(source)
                .onLineContaining("@Revision(id = \"008\", parent = " + parentOf008 + ")");
    }

    /** Revisions 001 to 015 (classes R01 to R15), the parent of 008 written {@code parentOf008}, not R07.class. */
    private static JavaFileObject chainOfFifteen(String parentOf008) {
        List<String> lines = new ArrayList<>();
        lines.add("@Schema(head = R15.class, tables = Account.class) final class App {}");
        lines.add(TABLE);
        lines.add("@Revision(id = \"001\") final class R01 {}");
        for (int i = 2; i <= 15; i++) {
            String previous = String.format("R%02d.class", i - 1);
            lines.add(String.format(
                    "@Revision(id = \"%03d\", parent = %s) final class R%02d {}",
                    i, i == 8 ? parentOf008 : previous, i));
        }
        return source("App", lines.toArray(String[]::new));
    }

    @Test
    void invalidRevisionId() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001 initial/schema\") final class First {}");
        assertError(
                source,
                "class First",
                "[MIG108] Revision id '001 initial/schema' on First is invalid",
                "@Revision(id = \"001_initial_schema\", ...)");
    }

    @Test
    void overLongRevisionId() {
        String id = "x".repeat(65);
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"" + id + "\") final class First {}");
        assertError(source, "class First", "[MIG108] Revision id '" + id + "' on First is invalid");
    }

    @Test
    void directiveWithoutRevision() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = Init.class, tables = Account.class) final class App {}",
                TABLE,
                ROOT_REVISION,
                "@RenameTable(from = \"a\", to = \"b\") final class NotARevision {}");
        assertError(
                source,
                "class NotARevision",
                "[MIG109] @RenameTable on NotARevision has no effect: it is not a @Revision class");
    }

    @Test
    void sqlWithEmptyUp() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\")",
                "@Sql(up = \"\", down = \"DELETE FROM account\")",
                "final class First {}");
        assertError(source, "@Sql(up", "[MIG110] @Sql(up = \"\") on revision '001' has no upgrade SQL");
    }

    @Test
    void concurrentIndexInATransactionalSqlStepIsAnError() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\")",
                "@Sql(up = \"CREATE INDEX\\n  concurrently IF NOT EXISTS ix_a ON account (id)\", down = \"\")",
                "final class First {}");
        assertError(
                source,
                "@Sql(up",
                "[MIG116] @Sql(up) on revision '001' runs CREATE INDEX CONCURRENTLY, which PostgreSQL refuses inside a"
                        + " transaction block");
    }

    @Test
    void transactionOnlyWordsInLiteralsCommentsOrANonTransactionalRevisionAreFine() {
        JavaFileObject inLiterals = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\")",
                "@Sql(up = \"SELECT 'CREATE INDEX CONCURRENTLY', $$VACUUM$$ /* DROP DATABASE x */ -- VACUUM\")",
                "final class First {}");
        com.google.testing.compile.CompilationSubject.assertThat(compile(inLiterals))
                .succeeded();
        JavaFileObject outsideATransaction = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\", transactional = false)",
                "@Sql(up = \"CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON account (id)\", rerunnable = true)",
                "final class First {}");
        com.google.testing.compile.CompilationSubject.assertThat(compile(outsideATransaction))
                .succeeded();
    }

    @Test
    void sqlWithEmptyUpAmongRepeated() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\")",
                "@Sql(up = \"UPDATE account SET id = id\")",
                "@Sql(up = \"  \") // second",
                "final class First {}");
        // javac maps only the annotations it lists on the element to source positions, and the two
        // uses here are wrapped in a container it synthesized: the error goes on the class.
        assertError(source, "final class First", "[MIG110] @Sql(up = \"\") on revision '001' has no upgrade SQL");
    }

    @Test
    void invalidSchemaName() {
        JavaFileObject source = source(
                "App",
                "@Schema(name = \"my schema\", head = Init.class, tables = Account.class) final class App {}",
                TABLE,
                ROOT_REVISION);
        assertError(
                source,
                "my schema",
                "[MIG111] @Schema(name = \"my schema\") on App is invalid",
                "@Schema(name = \"app\", ...)");
    }

    @Test
    void directiveNameInvalid() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\")",
                "@DropColumn(table = \"account\", column = \"\")",
                "final class First {}");
        assertError(
                source,
                "@DropColumn",
                "[MIG112] @DropColumn on revision '001' names column '', which is not a valid name (it is empty)");
    }

    @Test
    void directiveNameWithCommentEndIsInvalid() {
        JavaFileObject source = source(
                "App",
                "@Schema(head = First.class, tables = Account.class) final class App {}",
                TABLE,
                "@Revision(id = \"001\")",
                "@DropTable(table = \"old*/x\")",
                "final class First {}");
        assertError(
                source,
                "@DropTable",
                "[MIG112] @DropTable on revision '001' names table 'old*/x', which is not a valid name (it contains '*'");
    }
}
