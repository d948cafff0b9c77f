package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code check()} on a database another tool built: its history table, UNIQUE constraints and
 * unique indexes as different kinds, CHECK expressions as the server prints them, and where the
 * database stands against the head.
 */
class CheckTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** What an Alembic project without a naming convention leaves: PostgreSQL's own names. */
    private static final String ALEMBIC_FIXTURE = """
            CREATE TABLE alembic_version (version_num varchar(32) NOT NULL,
                CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
            INSERT INTO alembic_version (version_num) VALUES ('3f2a9c1d7e4b');
            CREATE TABLE users (
                id bigint NOT NULL,
                email varchar(255) NOT NULL,
                status text NOT NULL,
                PRIMARY KEY (id),
                UNIQUE (email),
                CONSTRAINT users_status_check CHECK (status IN ('A','B','C')));
            """;

    private static final String USERS = """
            table "" "users"
            column "id" "bigint" not null
            column "email" "character varying(255)" not null
            column "status" "text" not null
            primary key "id"
            """;

    /** The users table as a chain with PostgreSQL's constraint names declares it. */
    private static final SchemaDefinition DECLARED = SchemaDefinition.parse(USERS, """
            constraint "users_email_key" unique "email"
            constraint "users_pkey" primary key "id"
            constraint "users_status_check" check "status IN ('A', 'B', 'C')"
            """);

    private static final String CATALOG = "SELECT string_agg(line, E'\\n' ORDER BY line) FROM ("
            + " SELECT 'class ' || relnamespace::regnamespace || '.' || relname AS line FROM pg_class"
            + " UNION ALL SELECT 'namespace ' || nspname FROM pg_namespace"
            + " UNION ALL SELECT 'type ' || typnamespace::regnamespace || '.' || typname FROM pg_type"
            + " UNION ALL SELECT 'constraint ' || conname FROM pg_constraint) catalog";

    @Test
    void anAdoptedAlembicDatabaseIsCleanAndCheckLeavesNothingBehind() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            String before = db.query(CATALOG);
            DriftReport report = migrator(db, DECLARED).check();
            assertEquals(List.of(), report.drifts(), report::toString);
            assertEquals(
                    List.of(
                            "The database records no revision of chain adopted: the differences below are against its head 001_users"),
                    report.notes());
            assertEquals(before, db.query(CATALOG), "check() left something in the catalog");
        }
    }

    @Test
    void otherToolsHistoryTablesAndExcludedPatternsAreNotDrift() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(
                    ALEMBIC_FIXTURE
                            + "CREATE TABLE flyway_schema_history (installed_rank int PRIMARY KEY);"
                            + " CREATE TABLE databasechangelog (id text); CREATE TABLE databasechangeloglock (id int PRIMARY KEY);"
                            + " CREATE TABLE tmp_import_2024 (id int); CREATE SCHEMA audit; CREATE TABLE audit.events (id int);");
            assertEquals(
                    "EXTRA_TABLE tmp_import_2024: expected none, found table",
                    drifts(migrator(db, DECLARED).check()));
            assertEquals("", drifts(migrator(db, DECLARED, "tmp_*").check()));
            assertEquals(
                    "",
                    drifts(migrator(db, DECLARED, "tmp_import_202*", "audit.*").check()));
            // A declared table is compared even when a pattern names it.
            db.execute("ALTER TABLE users ADD COLUMN nickname text");
            assertEquals(
                    "EXTRA_COLUMN users.nickname: expected none, found text",
                    drifts(migrator(db, DECLARED, "users", "tmp_*").check()));
            assertThrows(
                    IllegalArgumentException.class, () -> Migrator.builder().checkExclude(" "));
        }
    }

    @Test
    void aNarrowedOrWidenedCheckIsDriftNamingBothExpressions() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            db.execute("ALTER TABLE users DROP CONSTRAINT users_status_check,"
                    + " ADD CONSTRAINT users_status_check CHECK (status IN ('A', 'B'))");
            String before = db.query(CATALOG);
            assertEquals(
                    "CHECK_DEFINITION users constraint users_status_check:"
                            + " expected CHECK (status = ANY (ARRAY['A'::text, 'B'::text, 'C'::text])),"
                            + " found CHECK (status = ANY (ARRAY['A'::text, 'B'::text]))",
                    drifts(migrator(db, DECLARED).check()));
            assertEquals(before, db.query(CATALOG), "check() left something in the catalog");

            db.execute("ALTER TABLE users DROP CONSTRAINT users_status_check,"
                    + " ADD CONSTRAINT users_status_check CHECK (status IN ('A', 'B', 'C', 'D'))");
            assertEquals(
                    "CHECK_DEFINITION users constraint users_status_check:"
                            + " expected CHECK (status = ANY (ARRAY['A'::text, 'B'::text, 'C'::text])),"
                            + " found CHECK (status = ANY (ARRAY['A'::text, 'B'::text, 'C'::text, 'D'::text]))",
                    drifts(migrator(db, DECLARED).check()));
        }
    }

    @Test
    void aCheckTheServerRefusesOnTheLiveTableIsDriftWithItsReason() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            SchemaDefinition declared = SchemaDefinition.parse(USERS, """
                    constraint "users_email_key" unique "email"
                    constraint "users_pkey" primary key "id"
                    constraint "users_status_check" check "state IN ('A', 'B', 'C')"
                    """);
            String report = drifts(migrator(db, declared).check());
            assertTrue(
                    report.startsWith("CHECK_DEFINITION users constraint users_status_check: expected CHECK"
                            + " (state IN ('A', 'B', 'C')), which the server refuses on this table:"),
                    report);
            assertTrue(report.contains("\"state\" does not exist"), report);
        }
    }

    @Test
    void aUniqueConstraintAndAUniqueIndexAreDifferentKinds() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            SchemaDefinition declaresAnIndex = SchemaDefinition.parse(USERS, """
                    unique index "ux_users_email" "btree" "email"
                    constraint "users_pkey" primary key "id"
                    constraint "users_status_check" check "status IN ('A', 'B', 'C')"
                    """);
            assertEquals(
                    "UNIQUE_INDEX_IS_CONSTRAINT users index ux_users_email: expected unique index btree (email),"
                            + " found UNIQUE constraint users_email_key (email)",
                    drifts(migrator(db, declaresAnIndex).check()));

            db.execute("ALTER TABLE users DROP CONSTRAINT users_email_key;"
                    + " CREATE UNIQUE INDEX users_email_key ON users (email)");
            assertEquals(
                    "UNIQUE_CONSTRAINT_IS_INDEX users constraint users_email_key: expected UNIQUE constraint (email),"
                            + " found unique index users_email_key btree (email)",
                    drifts(migrator(db, DECLARED).check()));
            SchemaDefinition declaresThatIndex = SchemaDefinition.parse(USERS, """
                    unique index "users_email_key" "btree" "email"
                    constraint "users_pkey" primary key "id"
                    constraint "users_status_check" check "status IN ('A', 'B', 'C')"
                    """);
            assertEquals("", drifts(migrator(db, declaresThatIndex).check()));

            db.execute(
                    "DROP INDEX users_email_key; ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email, status)");
            assertEquals(
                    "CONSTRAINT_DEFINITION users constraint users_email_key: expected UNIQUE (email), found UNIQUE (email, status)",
                    drifts(migrator(db, DECLARED).check()));
        }
    }

    @Test
    void aRoleThatMayNotCreateTablesStillComparesChecksAndOneWithoutTempComparesNames() throws Exception {
        String role =
                "migrata_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server.execute("CREATE ROLE " + role + " LOGIN");
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            db.execute("ALTER TABLE users DROP CONSTRAINT users_status_check,"
                    + " ADD CONSTRAINT users_status_check CHECK (status IN ('A', 'B'))");
            db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            assertEquals("f", db.query("SELECT has_schema_privilege('" + role + "', 'public', 'CREATE')"));
            String before = db.query(CATALOG);
            Migrator asRole = db.migrator(chain(DECLARED)).user(role).build();
            DriftReport report = asRole.check();
            assertEquals(1, report.drifts().size(), report::toString);
            assertEquals(
                    DriftReport.Kind.CHECK_DEFINITION, report.drifts().get(0).kind());
            assertEquals(before, db.query(CATALOG), "check() left something in the catalog");

            db.execute("REVOKE TEMPORARY ON DATABASE " + db.name() + " FROM PUBLIC");
            assertEquals("f", db.query("SELECT has_database_privilege('" + role + "', current_database(), 'TEMP')"));
            DriftReport namesOnly = asRole.check();
            assertEquals(List.of(), namesOnly.drifts(), namesOnly::toString);
            assertEquals(
                    "The role may not create temporary tables, so CHECK constraints were compared by name only,"
                            + " generated columns by whether they are generated, and the key lists and predicates of"
                            + " expression, covering and partial indexes not at all (GRANT TEMPORARY ON DATABASE to it"
                            + " to compare their expressions)",
                    namesOnly.notes().get(namesOnly.notes().size() - 1));
            assertEquals(before, db.query(CATALOG), "check() left something in the catalog");
        } finally {
            server.execute("DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void aGeneratedColumnIsComparedByItsExpressionAsTheServerPrintsIt() throws Exception {
        SchemaDefinition declared = SchemaDefinition.parse(DECLARED.toText(), """
                table "" "documents"
                column "id" "bigint" not null
                column "body" "text"
                column "search" "tsvector" generated "to_tsvector('english', body)"
                """);
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            // The server stores to_tsvector('english'::regconfig, body): equal once it spells the declared text.
            db.execute("CREATE TABLE documents (id bigint NOT NULL, body text,"
                    + " search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED)");
            String before = db.query(CATALOG);
            assertEquals("", drifts(migrator(db, declared).check()));
            assertEquals(before, db.query(CATALOG), "check() left something in the catalog");

            db.execute("ALTER TABLE documents DROP COLUMN search, ADD COLUMN search tsvector"
                    + " GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED");
            assertEquals(
                    "GENERATED documents.search:"
                            + " expected GENERATED ALWAYS AS (to_tsvector('english'::regconfig, body)) STORED,"
                            + " found GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, body)) STORED",
                    drifts(migrator(db, declared).check()));

            db.execute("ALTER TABLE documents DROP COLUMN search, ADD COLUMN search tsvector");
            assertEquals(
                    "GENERATED documents.search:"
                            + " expected GENERATED ALWAYS AS (to_tsvector('english', body)) STORED, found not generated",
                    drifts(migrator(db, declared).check()));

            SchemaDefinition readsAMissingColumn = SchemaDefinition.parse(
                    DECLARED.toText(),
                    declared.toText()
                            .substring(declared.toText().indexOf("table \"\" \"documents\""))
                            .replace("'english', body", "'english', content"));
            db.execute("ALTER TABLE documents DROP COLUMN search, ADD COLUMN search tsvector"
                    + " GENERATED ALWAYS AS (to_tsvector('english', body)) STORED");
            String refused = drifts(migrator(db, readsAMissingColumn).check());
            assertTrue(
                    refused.startsWith("GENERATED documents.search: expected GENERATED ALWAYS AS"
                            + " (to_tsvector('english', content)) STORED, which the server refuses on this table:"),
                    refused);
            assertTrue(refused.contains("\"content\" does not exist"), refused);
            assertTrue(
                    refused.endsWith("found GENERATED ALWAYS AS (to_tsvector('english'::regconfig, body)) STORED"),
                    refused);
        }
    }

    @Test
    void expressionCoveringAndPartialIndexesAreComparedAsTheServerSpellsThem() throws Exception {
        SchemaDefinition declared = SchemaDefinition.parse(DECLARED.toText(), """
                table "" "documents"
                column "id" "bigint" not null
                column "title" "text"
                column "meta" "jsonb"
                column "created_at" "timestamp with time zone"
                column "archived" "boolean"
                column "embedding" "vector(3)"
                index "ix_documents_embedding" "hnsw" "embedding" opclass "vector_cosine_ops" where "NOT archived"
                index "ix_documents_lower_title" "btree"  expression "lower(title)"
                index "ix_documents_meta" "gin"  expression "meta jsonb_path_ops"
                index "ix_documents_recent" "btree"  expression "created_at DESC" include "title" "archived"
                """);
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            db.execute("CREATE TABLE documents (id bigint NOT NULL, title text, meta jsonb,"
                    + " created_at timestamptz, archived boolean, embedding vector(3));"
                    + " CREATE INDEX ix_documents_embedding ON documents USING hnsw (embedding vector_cosine_ops)"
                    + " WHERE NOT archived;"
                    + " CREATE INDEX ix_documents_lower_title ON documents (lower(title));"
                    + " CREATE INDEX ix_documents_meta ON documents USING gin (meta jsonb_path_ops);"
                    + " CREATE INDEX ix_documents_recent ON documents (created_at DESC) INCLUDE (title, archived)");
            String before = db.query(CATALOG);
            assertEquals("", drifts(migrator(db, declared).check()));
            assertEquals(before, db.query(CATALOG), "check() left something in the catalog");

            db.execute("DROP INDEX ix_documents_embedding, ix_documents_lower_title, ix_documents_meta,"
                    + " ix_documents_recent;"
                    + " CREATE INDEX ix_documents_embedding ON documents USING hnsw (embedding vector_cosine_ops)"
                    + " WHERE archived IS NOT TRUE;"
                    + " CREATE INDEX ix_documents_lower_title ON documents (upper(title));"
                    + " CREATE INDEX ix_documents_meta ON documents USING gin (meta);"
                    + " CREATE INDEX ix_documents_recent ON documents (created_at) INCLUDE (title)");
            assertEquals(
                    String.join(
                            "\n",
                            "INDEX_DEFINITION documents index ix_documents_embedding:"
                                    + " expected hnsw (embedding vector_cosine_ops) WHERE NOT archived,"
                                    + " found hnsw (embedding vector_cosine_ops) WHERE archived IS NOT TRUE",
                            "INDEX_DEFINITION documents index ix_documents_lower_title:"
                                    + " expected btree (lower(title)), found btree (upper(title))",
                            "INDEX_DEFINITION documents index ix_documents_meta:"
                                    + " expected gin (meta jsonb_path_ops), found gin (meta)",
                            "INDEX_DEFINITION documents index ix_documents_recent:"
                                    + " expected btree (created_at DESC) INCLUDE (title, archived),"
                                    + " found btree (created_at) INCLUDE (title)"),
                    drifts(migrator(db, declared).check()));

            db.execute("DROP INDEX ix_documents_recent;"
                    + " CREATE INDEX ix_documents_recent ON documents (created_at) INCLUDE (title, archived)");
            assertTrue(
                    drifts(migrator(db, declared).check())
                            .endsWith("INDEX_DEFINITION documents index ix_documents_recent:"
                                    + " expected btree (created_at DESC) INCLUDE (title, archived),"
                                    + " found btree (created_at) INCLUDE (title, archived)"),
                    () -> drifts(migrator(db, declared).check()));
        }
    }

    @Test
    void aDeclaredIndexTheServerRefusesOnTheLiveTableIsDriftWithItsReason() throws Exception {
        SchemaDefinition declared = SchemaDefinition.parse(DECLARED.toText(), """
                table "" "documents"
                column "id" "bigint" not null
                column "title" "text"
                index "ix_documents_lower_title" "btree"  expression "lower(name)"
                """);
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            db.execute("CREATE TABLE documents (id bigint NOT NULL, title text);"
                    + " CREATE INDEX ix_documents_lower_title ON documents (lower(title))");
            String report = drifts(migrator(db, declared).check());
            assertTrue(
                    report.startsWith(
                            "INDEX_DEFINITION documents index ix_documents_lower_title: expected btree (lower(name))"
                                    + ", which the server refuses on this table:"),
                    report);
            assertTrue(report.contains("\"name\" does not exist"), report);
            assertTrue(report.endsWith("found btree (lower(title))"), report);
        }
    }

    @Test
    void nativeEnumTypesAreComparedByTheirLabels() throws Exception {
        SchemaDefinition declared = SchemaDefinition.parse("""
                enum "" "job_status" "QUEUED" "parliament-period"
                enum "" "priority" "LOW" "HIGH"
                """, DECLARED.toText());
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute(ALEMBIC_FIXTURE);
            db.execute("CREATE TYPE job_status AS ENUM ('QUEUED', 'parliament-period');"
                    + " CREATE TYPE priority AS ENUM ('LOW', 'HIGH');"
                    // Not declared: an enum type of an @Sql step, say, is not compared.
                    + " CREATE TYPE mood AS ENUM ('sad', 'happy')");
            assertEquals("", drifts(migrator(db, declared).check()));

            db.execute("ALTER TYPE job_status ADD VALUE 'DONE'; DROP TYPE priority");
            assertEquals(
                    String.join(
                            "\n",
                            "ENUM_LABELS enum type job_status: expected ('QUEUED', 'parliament-period'),"
                                    + " found ('QUEUED', 'parliament-period', 'DONE')",
                            "MISSING_ENUM_TYPE enum type priority: expected ('LOW', 'HIGH'), found none"),
                    drifts(migrator(db, declared).check()));
        }
    }

    @Test
    void aDatabaseBehindAheadOfOrOffTheChainSaysSoFirst() throws Exception {
        SchemaDefinition head = SchemaDefinition.parse("""
                table "" "teams"
                column "id" "bigint" not null
                table "" "users"
                column "id" "bigint" not null
                column "nickname" "text"
                """);
        TestChain full = TestChain.named("lab")
                .revision(
                        "001_users",
                        "users",
                        List.of(MigrationStep.transactional("CREATE TABLE users (id bigint NOT NULL)")),
                        List.of(MigrationStep.transactional("DROP TABLE users")))
                .revision(
                        "002_nickname",
                        "nickname",
                        List.of(MigrationStep.transactional("ALTER TABLE users ADD COLUMN nickname text")),
                        List.of(MigrationStep.transactional("ALTER TABLE users DROP COLUMN nickname")))
                .revision(
                        "003_teams",
                        "teams",
                        List.of(MigrationStep.transactional("CREATE TABLE teams (id bigint NOT NULL)")),
                        List.of(MigrationStep.transactional("DROP TABLE teams")))
                .headSchema(head)
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(full).build();
            migrator.upgrade("001_users");
            DriftReport behind = migrator.check();
            assertEquals(
                    "The database is at 001_users, 2 revisions behind the head 003_teams (pending: 002_nickname, 003_teams):"
                            + " the differences below are what they will change (the chain carries the head's schema only,"
                            + " so the database is compared with that)\n"
                            + "MISSING_TABLE teams: expected table, found none\n"
                            + "MISSING_COLUMN users.nickname: expected text, found none",
                    behind.toString());
            migrator.upgrade("head");
            assertEquals("no drift", migrator.check().toString());

            TestChain older = TestChain.named("lab")
                    .revision(
                            "001_users",
                            "users",
                            full.revision("001_users").upgradeSteps(),
                            full.revision("001_users").downgradeSteps())
                    .revision(
                            "002_nickname",
                            "nickname",
                            full.revision("002_nickname").upgradeSteps(),
                            full.revision("002_nickname").downgradeSteps())
                    .build();
            assertTrue(
                    db.migrator(older)
                            .build()
                            .check()
                            .toString()
                            .startsWith(
                                    "The database is at 003_teams, 1 revision ahead of the head 002_nickname"
                                            + " (applied by newer code: 003_teams): the differences below may be what it changed\n"),
                    () -> db.migrator(older).build().check().toString());

            TestChain other = TestChain.named("lab")
                    .revision("001_other", "other", List.of(MigrationStep.transactional("SELECT 1")), List.of())
                    .build();
            assertTrue(
                    db.migrator(other)
                            .build()
                            .check()
                            .toString()
                            .startsWith(
                                    "The database is at 003_teams, a revision chain lab does not know (newer code or another"
                                            + " branch applied it): the differences below are against its head 001_other\n"),
                    () -> db.migrator(other).build().check().toString());
        }
    }

    private static TestChain chain(SchemaDefinition head) {
        return TestChain.named("adopted")
                .revision(
                        "001_users",
                        "users",
                        List.of(MigrationStep.transactional(ALEMBIC_FIXTURE)),
                        List.of(MigrationStep.transactional("DROP TABLE users")))
                .headSchema(head)
                .build();
    }

    private static Migrator migrator(ScratchDatabase db, SchemaDefinition head, String... exclude) {
        return db.migrator(chain(head)).checkExclude(exclude).build();
    }

    private static String drifts(DriftReport report) {
        return report.drifts().stream().map(DriftReport.Drift::toString).collect(Collectors.joining("\n"));
    }
}
