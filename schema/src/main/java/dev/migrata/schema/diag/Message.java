package dev.migrata.schema.diag;

/**
 * Every diagnostic Migrata reports, with a stable code. Codes are never reused or renumbered; users
 * search for them. Each template says what is wrong, where, and the exact fix.
 *
 * <p>Ranges: 1xx revision chain · 2xx tables and columns · 3xx references, indexes and keys ·
 * 4xx pgvector · 5xx diff errors (ambiguous or data-destroying changes) · 6xx warnings about
 * locking or rewriting changes · 7xx revision files · 8xx generated Java · 9xx internal.
 */
public enum Message {
    // 1xx revision chain
    DUPLICATE_REVISION_ID(
            101,
            Kind.ERROR,
            "Revision id '%s' is used by both %s and %s in the chain of schema '%s'. The id is what the database stores, so it "
                    + "must be unique: give the newer revision its own id, e.g. @Revision(id = \"%s\", ...)."),
    PARENT_NOT_REVISION(
            102,
            Kind.ERROR,
            "@Revision(parent = %s.class) on %s names a class that is not a @Revision. Point parent at the previous "
                    + "@Revision class, or remove parent if %s is the first revision of the chain."),
    HEAD_NOT_REVISION(
            103,
            Kind.ERROR,
            "@Schema(head = %s.class) on %s names a class that is not a @Revision. Point head at the newest @Revision class, "
                    + "e.g. @Schema(head = InitialSchema.class, tables = {...}) with @Revision(id = \"001_initial_schema\") final class InitialSchema {}"),
    REVISION_CYCLE(
            104,
            Kind.ERROR,
            "The revision chain of schema '%s' is a cycle: %s. A chain must end at a root revision without parent: "
                    + "remove parent from the oldest revision (%s)."),
    SECOND_ROOT(
            105,
            Kind.ERROR,
            "Revision '%s' (%s) has no parent, but the chain of schema '%s' already starts at root '%s' (%s). A chain has one "
                    + "root: give it a parent, e.g. @Revision(id = \"%s\", parent = %s.class), or delete the class."),
    REVISION_FORK(
            106,
            Kind.ERROR,
            "Revisions '%s' (%s) and '%s' (%s) both name %s as their parent: the chain forks, but revisions form one "
                    + "line. '%s' stays where it is (%s); move '%s' after %s, the last revision of that line:%n%s"),
    REVISION_UNREACHABLE(
            107,
            Kind.ERROR,
            "Revision '%s' (%s) is not reachable from the head of any @Schema, so it would never run. Make it the head "
                    + "(@Schema(head = %s.class, ...)), or make a revision of the chain name it as parent, or delete the class."),
    INVALID_REVISION_ID(
            108,
            Kind.ERROR,
            "Revision id '%s' on %s is invalid: an id is 1 to 64 characters of A-Z, a-z, 0-9, '_', '.' and '-' (it names the "
                    + "revision's files). Use e.g. @Revision(id = \"%s\", ...)."),
    DIRECTIVE_WITHOUT_REVISION(
            109,
            Kind.ERROR,
            "@%s on %s has no effect: it is not a @Revision class. Move the annotation to the revision that makes the change, "
                    + "or make this class one: @Revision(id = \"<new id>\", parent = <previous revision>.class)."),
    SQL_UP_EMPTY(
            110,
            Kind.ERROR,
            "@Sql(up = \"\") on revision '%s' has no upgrade SQL. Write the statements to run in up "
                    + "(e.g. @Sql(up = \"UPDATE t SET c = 0 WHERE c IS NULL\", down = \"\")), or remove the annotation."),
    INVALID_SCHEMA_NAME(
            111,
            Kind.ERROR,
            "@Schema(name = \"%s\") on %s is invalid: the name is a folder and file name, 1 to 64 characters of A-Z, a-z, 0-9, "
                    + "'_', '.' and '-'. Use e.g. @Schema(name = \"%s\", ...)."),
    DIRECTIVE_NAME_INVALID(
            112,
            Kind.ERROR,
            "@%s on revision '%s' names %s '%s', which is not a valid name (%s). Write the name as the database knows "
                    + "it: 1 to 63 bytes of letters, digits, '_' and '$', starting with a letter or '_', e.g. \"%s\"."),

    SQL_CANNOT_RUN_IN_TRANSACTION(
            116,
            Kind.ERROR,
            "@Sql(%s) on revision '%s' runs %s, which PostgreSQL refuses inside a transaction block, but the revision's "
                    + "steps run in its transaction. Give the statement a revision of its own declared "
                    + "@Revision(id = \"<new id>\", parent = ..., transactional = false) (add rerunnable = true to the @Sql "
                    + "when it is safe to run again, e.g. CREATE INDEX CONCURRENTLY IF NOT EXISTS), or declare the index "
                    + "with @Index on its @Table: Migrata builds it CONCURRENTLY outside the transaction by itself."),

    // 2xx tables, columns and types
    TABLE_NOT_LISTED(
            201,
            Kind.ERROR,
            "@Table class %s is not listed in @Schema(tables) of %s, so no migration would ever create it. Add it: "
                    + "@Schema(..., tables = {..., %s.class}), or remove @Table."),
    TABLE_LISTED_TWICE(202, Kind.ERROR, "@Schema(tables) of %s lists %s twice. Remove the second %s.class."),
    LISTED_CLASS_NOT_TABLE(
            203,
            Kind.ERROR,
            "@Schema(tables) of %s lists %s, which is not a @Table. Annotate it: @Table(name = \"%s\"), or remove %s.class "
                    + "from tables."),
    DUPLICATE_TABLE_NAME(
            204,
            Kind.ERROR,
            "%s and %s both declare table '%s' in %s. Table names must be unique: rename one, e.g. "
                    + "@Table(name = \"%s_2\")."),
    DUPLICATE_COLUMN_NAME(
            205,
            Kind.ERROR,
            "%s and %s of %s both map to column '%s' of table '%s'. Column names must be unique: rename one, e.g. "
                    + "@Column(name = \"%s_2\")."),
    INVALID_IDENTIFIER(
            206,
            Kind.ERROR,
            "The %s name '%s' of %s is not a valid name: %s. A name is 1 to 63 bytes (UTF-8) of letters, digits, '_' "
                    + "and '$', starting with a letter or '_', so it reads the same in SQL, in generated Java and in "
                    + "comments; set one, e.g. %s."),
    RESERVED_WORD(
            207,
            Kind.WARNING,
            "The %s name '%s' of %s is a PostgreSQL reserved word. It is legal and Migrata quotes it everywhere (%s), but "
                    + "every hand-written query must quote it too. To avoid that, rename it, e.g. %s."),
    UNSUPPORTED_TYPE(
            208,
            Kind.ERROR,
            "%s has Java type %s, which has no PostgreSQL mapping. Give the SQL type: @Column(type = \"jsonb\") (any type, "
                    + "written verbatim), mark the field transient if it is not a column, or use a mapped type (String, int, long, "
                    + "short, boolean, double, float, BigDecimal, UUID, Instant, OffsetDateTime, LocalDateTime, LocalDate, "
                    + "LocalTime, byte[], an enum, a @Vector type, or an array or List of one of these other than an enum)."),
    LENGTH_NOT_STRING(
            209,
            Kind.ERROR,
            "@Column(length = %d) on %s only applies to String columns (varchar(n)), but its type is %s. Remove length, or "
                    + "give the type verbatim: @Column(type = \"...\")."),
    INVALID_LENGTH(
            210,
            Kind.ERROR,
            "@Column(length = %d) on %s is invalid: varchar(n) needs 1 <= n <= 10485760. Use e.g. @Column(length = 255), or "
                    + "length 0 for unbounded text."),
    INVALID_PRECISION(
            211,
            Kind.ERROR,
            "@Column(precision = %d, scale = %d) on %s is invalid: %s. numeric(p,s) needs 1 <= p <= 1000 and 0 <= s <= p, "
                    + "e.g. @Column(precision = 12, scale = 2); precision 0 (and scale 0) means unconstrained numeric."),
    PRECISION_NOT_NUMERIC(
            212,
            Kind.ERROR,
            "@Column(precision/scale) on %s only applies to BigDecimal columns (numeric(p,s)), but its type is %s. Remove "
                    + "precision and scale, or give the type verbatim: @Column(type = \"...\")."),
    IDENTITY_NOT_INTEGER(
            213,
            Kind.ERROR,
            "@Column(identity = true) on %s needs an integer column (smallint, integer or bigint), but its type is %s. "
                    + "Use long, int or short, or remove identity."),
    IDENTITY_WITH_DEFAULT(
            214,
            Kind.ERROR,
            "%s has both @Column(identity = true) and defaultValue \"%s\"; PostgreSQL rejects a column with both. Remove "
                    + "defaultValue (the identity generates the value) or remove identity."),
    ENUM_WITHOUT_CONSTANTS(
            215,
            Kind.ERROR,
            "%s has enum type %s, which has no constants, so no value could ever be stored (its CHECK would be IN ()). Add "
                    + "constants to the enum, or give the type verbatim: @Column(type = \"text\")."),
    VECTOR_WITH_COLUMN_TYPE(
            216,
            Kind.ERROR,
            "%s has both @Vector and @Column(type = \"%s\"); the type would be declared twice. Remove type from @Column "
                    + "(@Vector gives %s), or remove @Vector."),
    COLUMN_TYPE_NOT_ONE_TYPE(
            217,
            Kind.ERROR,
            "@Column(type = \"%s\") on %s is not one SQL type: it %s. The type is written verbatim into CREATE TABLE and "
                    + "ALTER TABLE, so it must be exactly one type, e.g. @Column(type = \"numeric(10, 2)\"); run other "
                    + "statements in an @Sql step of a revision."),
    DEFAULT_NOT_ONE_EXPRESSION(
            218,
            Kind.ERROR,
            "@Column(defaultValue = \"%s\") on %s is not one SQL expression: it %s. The default is written verbatim "
                    + "after DEFAULT, so it must be exactly one expression, with text in quotes, e.g. "
                    + "@Column(defaultValue = \"'a;b'\"); run other statements in an @Sql step of a revision."),
    CHECK_NOT_ONE_EXPRESSION(
            219,
            Kind.ERROR,
            "@Column(check = \"%s\") on %s is not one SQL boolean expression: it %s. The check is written verbatim "
                    + "into CHECK (...), so it must be exactly one expression, with text in quotes, e.g. "
                    + "@Column(check = \"code <> ';'\"); run other statements in an @Sql step of a revision."),
    USING_NOT_ONE_EXPRESSION(
            220,
            Kind.ERROR,
            "@ChangeType(%s = \"%s\") on %s is not one SQL expression: it %s. It is written verbatim after USING in "
                    + "ALTER TABLE ... TYPE, so it must be exactly one expression, e.g. @ChangeType(table = \"t\", "
                    + "column = \"c\", %s = \"c::integer\"); run other statements in an @Sql step of the revision."),
    TABLE_CHECK_NOT_ONE_EXPRESSION(
            221,
            Kind.ERROR,
            "@Check(\"%s\") on %s is not one SQL boolean expression: it %s. The check is written verbatim into "
                    + "CHECK (...), so it must be exactly one expression, with text in quotes, e.g. "
                    + "@Check(\"starts_at < ends_at\"); run other statements in an @Sql step of a revision."),
    INVALID_EXTENSION_NAME(
            222,
            Kind.ERROR,
            "@Schema(extensions) of %s lists '%s', which is not an extension name: %s. An extension name is 1 to 63 bytes "
                    + "of letters, digits, '_' and '-', starting with a letter, e.g. pg_trgm, citext or uuid-ossp; "
                    + "pg_available_extensions lists those the server offers."),
    INVALID_ENUM_LABEL(
            223,
            Kind.ERROR,
            "The label '%s' of constant %s.%s is not a valid enum label: %s. A label is 1 to 63 bytes (UTF-8) without a "
                    + "NUL character; set one, e.g. @EnumLabel(\"%s\")."),
    DUPLICATE_ENUM_LABEL(
            224,
            Kind.ERROR,
            "Constants %s and %s of @PgEnum %s both have the label '%s', but the labels of an enum type are unique. Give "
                    + "one of them another label, e.g. @EnumLabel(\"%s_2\") %s."),
    DUPLICATE_ENUM_TYPE(
            225,
            Kind.ERROR,
            "@PgEnum %s names type '%s', which %s already takes in schema %s (a table's row type has the table's name). "
                    + "Give the enum a name of its own, e.g. @PgEnum(name = \"%s_enum\")."),
    ENUM_LABEL_REMOVED(
            226,
            Kind.ERROR,
            "Revision '%s' removes label(s) %s from enum type %s (labels in the parent revision: %s; now: %s). PostgreSQL "
                    + "cannot drop a label from an enum type, and rows may hold it. Keep the constant(s) in the enum "
                    + "(deprecated, if need be); or move the columns to a new type: declare the enum with a new "
                    + "@PgEnum(name = \"%s_v2\") and add @ChangeType(table = \"...\", column = \"...\", using = \"<column>::text::%s_v2\") "
                    + "for each column of the type to the revision, after updating the rows that hold a removed label."),
    ENUM_LABELS_REORDERED(
            227,
            Kind.ERROR,
            "Revision '%s' reorders the labels of enum type %s (in the parent revision: %s; now: %s). The declaration order is "
                    + "the sort order PostgreSQL stores, which cannot change in place. Declare the existing constants in "
                    + "their previous order (%s); new constants may go anywhere among them."),
    ENUM_LABEL_ADDED(
            228,
            Kind.WARNING,
            "Revision '%s' adds label '%s' to enum type %s: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its "
                    + "own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a "
                    + "label added in it), so the label stays if a later step fails. Its downgrade keeps the label: "
                    + "PostgreSQL cannot drop an enum label, so after a downgrade %s still accepts '%s'; upgrading "
                    + "again finds it in place."),

    LISTED_CLASS_NOT_DECLARED_OBJECT(
            230,
            Kind.ERROR,
            "@Schema(%s) of %s lists %s, which is not a @%s. Annotate it, e.g. %s, or remove %s.class from %s."),
    DECLARED_OBJECT_NAME_TWICE(
            231,
            Kind.ERROR,
            "Schema %s declares two %ss named '%s' (%s and %s). A name is one object in PostgreSQL: rename one, e.g. "
                    + "@%s(name = \"%s_2\", ...)."),
    VIEW_QUERY_EMPTY(
            232,
            Kind.ERROR,
            "@View on %s has an empty query: a view naming nothing. Write the SELECT it stands for, e.g. "
                    + "@View(query = \"SELECT id, email FROM users\")."),
    VIEW_QUERY_NOT_ONE_SELECT(
            233,
            Kind.ERROR,
            "@View(query = \"%s\") on %s is not one SELECT statement: it %s. The query is written verbatim after CREATE "
                    + "VIEW ... AS, so it must be exactly one SELECT (or WITH ... SELECT), without ';' or comments; run "
                    + "other statements in an @Sql step of a revision."),
    FUNCTION_BODY_HAS_QUOTE(
            234,
            Kind.ERROR,
            "@SqlFunction(body) on %s contains %s, the dollar quote the body is written between, so the rest of the "
                    + "body would be read as SQL. Remove it from the body (write the text as '$' || 'migrata$' if it "
                    + "is data)."),
    FUNCTION_PART_NOT_ONE_FRAGMENT(
            235,
            Kind.ERROR,
            "@SqlFunction(%s = \"%s\") on %s is not one SQL %s: it %s. It is written verbatim into CREATE FUNCTION, so it "
                    + "must be exactly that, e.g. @SqlFunction(arguments = \"a integer, b text\", returns = \"integer\", ...)."),
    TRIGGER_TABLE_NOT_LISTED(
            236,
            Kind.ERROR,
            "@Trigger(table = %s.class) on %s names a class that is not a @Table listed in @Schema(tables) of %s. "
                    + "Point table at a listed @Table class, or add %s.class to tables."),
    TRIGGER_FUNCTION_NOT_LISTED(
            237,
            Kind.ERROR,
            "@Trigger(function = %s.class) on %s names a class that is not a @SqlFunction listed in @Schema(functions) of "
                    + "%s. Point function at a listed @SqlFunction class, or add %s.class to functions."),
    TRIGGER_WHEN_NOT_ONE_EXPRESSION(
            238,
            Kind.ERROR,
            "@Trigger(when = \"%s\") on %s is not one SQL boolean expression: it %s. It is written verbatim into "
                    + "WHEN (...), e.g. @Trigger(when = \"OLD.* IS DISTINCT FROM NEW.*\", ...)."),
    TRIGGER_NOT_POSSIBLE(239, Kind.ERROR, "@Trigger on %s cannot be created: %s. %s"),

    // 3xx keys, references and indexes
    PRIMARY_KEY_UNKNOWN_COLUMN(
            301,
            Kind.ERROR,
            "@Table(primaryKey) of %s names column '%s', but table '%s' has no such column. Its columns are: %s. Use the "
                    + "column name as in the database, e.g. @Table(primaryKey = {%s})."),
    PRIMARY_KEY_CONFLICT(
            302,
            Kind.ERROR,
            "%s declares its primary key %s. Declare it once: for one column @Column(primaryKey = true), for several "
                    + "@Table(primaryKey = {%s})."),
    INDEX_UNKNOWN_COLUMN(
            303,
            Kind.ERROR,
            "@Index(columns) on %s names column '%s', but table '%s' has no such column. Its columns are: %s. Use the "
                    + "column names as in the database, e.g. @Index(columns = {%s})."),
    INDEX_WITHOUT_COLUMNS(
            304,
            Kind.ERROR,
            "@Index on %s has neither columns nor an expression. Name at least one column, e.g. @Index(columns = "
                    + "{\"%s\"}), give the key list as @Index(expression = \"lower(email)\"), or remove it."),
    INDEX_METHOD_UNKNOWN(
            305,
            Kind.ERROR,
            "@Index(using = \"%s\") on %s is not an index method Migrata knows. Use one of btree, gin, gist, brin, hash "
                    + "(e.g. @Index(columns = {...}, using = \"gin\")); pgvector indexes are declared with @VectorIndex on the column."),
    DUPLICATE_CONSTRAINT_NAME(
            306,
            Kind.ERROR,
            "The name '%s' is used twice (%s and %s) in %s; tables, indexes, primary keys and unique constraints share one "
                    + "namespace per PostgreSQL schema. Give one of them another name, e.g. name = \"%s_2\"."),
    REFERENCE_NOT_TABLE(
            310,
            Kind.ERROR,
            "@References(%s.class) on %s: %s is not one of the @Table classes of @Schema %s. Reference a listed table, or "
                    + "add it: @Schema(..., tables = {..., %s.class})."),
    REFERENCE_NO_PRIMARY_KEY(
            311,
            Kind.ERROR,
            "@References(%s.class) on %s: table '%s' has no primary key to reference. Give it one "
                    + "(@Column(primaryKey = true) on its key column), or name a unique column: @References(value = %s.class, column = \"...\")."),
    REFERENCE_UNKNOWN_COLUMN(
            312, Kind.ERROR, "@References(column = \"%s\") on %s: table '%s' has no column '%s'. Its columns are: %s."),
    REFERENCE_COMPOSITE_KEY(
            313,
            Kind.ERROR,
            "@References(%s.class) on %s: table '%s' has a composite primary key (%s), which one column cannot reference. "
                    + "Name a unique column: @References(value = %s.class, column = \"...\")."),
    REFERENCE_NOT_UNIQUE(
            314,
            Kind.ERROR,
            "@References(column = \"%s\") on %s: column '%s' of table '%s' is neither its primary key nor unique, and "
                    + "PostgreSQL only references unique columns. Mark it @Column(unique = true), or reference the primary key."),
    REFERENCE_TYPE_MISMATCH(
            315,
            Kind.ERROR,
            "%s is %s but references %s.%s, which is %s. A foreign key and its referenced column must have the same type: "
                    + "change the Java type of %s, or set it explicitly: @Column(type = \"%s\")."),
    INDEX_WHERE_NOT_ONE_PREDICATE(
            316,
            Kind.ERROR,
            "@Index(where = \"%s\") on %s is not one SQL predicate: it %s. The predicate is written verbatim after WHERE "
                    + "in CREATE INDEX, so it must be exactly one boolean expression, e.g. @Index(columns = {...}, "
                    + "where = \"deleted_at IS NULL\"); run other statements in an @Sql step of a revision."),
    DUPLICATE_CONSTRAINT_NAME_IN_SCHEMA(
            317,
            Kind.ERROR,
            "The constraint name '%s' is used twice (%s and %s) in %s. A constraint name names one constraint in its "
                    + "PostgreSQL schema, so revisions and check() can tell them apart. Give one of them another name, "
                    + "e.g. %s."),
    UNIQUE_UNKNOWN_COLUMN(
            318,
            Kind.ERROR,
            "@Unique(columns) on %s names column '%s', but table '%s' has no such column. Its columns are: %s. Use the "
                    + "column names as in the database, e.g. @Unique(columns = {%s})."),
    UNIQUE_WITHOUT_COLUMNS(
            319,
            Kind.ERROR,
            "@Unique on %s has no columns. Name at least one, e.g. @Unique(columns = {\"%s\"}), or remove it."),
    UNIQUE_REPEATED(
            320,
            Kind.ERROR,
            "@Unique(columns = {%s}) on %s constrains the same columns as %s, so PostgreSQL would keep two identical "
                    + "unique indexes. Remove this @Unique%s."),
    INDEX_COLUMNS_AND_EXPRESSION(
            321,
            Kind.ERROR,
            "@Index on %s gives both columns and expression, but the key list is one or the other. Keep @Index(columns "
                    + "= {...}) for plain columns, or write every key in @Index(expression = \"...\"), e.g. "
                    + "expression = \"%s\"."),
    INDEX_INCLUDE_UNKNOWN_COLUMN(
            322,
            Kind.ERROR,
            "@Index(include) on %s names column '%s', but table '%s' has no such column. Its columns are: %s. Use the "
                    + "column names as in the database, e.g. @Index(include = {%s})."),
    INDEX_EXPRESSION_NOT_ONE_KEY_LIST(
            323,
            Kind.ERROR,
            "@Index(expression = \"%s\") on %s is not one key list: it %s. It is written verbatim between the "
                    + "parentheses of CREATE INDEX, so it must be index keys separated by commas, e.g. @Index(expression "
                    + "= \"lower(email)\") or @Index(expression = \"created_at DESC, id\")."),
    GENERATED_NOT_ONE_EXPRESSION(
            324,
            Kind.ERROR,
            "@Column(generated = \"%s\") on %s is not one SQL expression: it %s. It is written verbatim into "
                    + "GENERATED ALWAYS AS (...) STORED, so it must be exactly one expression over the row's columns, "
                    + "e.g. @Column(generated = \"to_tsvector('english', body)\")."),
    GENERATED_COLUMN_CONFLICT(
            325,
            Kind.ERROR,
            "@Column(generated) on %s is combined with %s, but PostgreSQL computes a generated column from the other "
                    + "columns of its row: it has no default, is no identity column and is not the primary key. Remove "
                    + "%s, or make it an ordinary column without generated."),
    GENERATED_COLUMN_RECREATED(
            326,
            Kind.WARNING,
            "Revision '%s' changes column %s.%s from %s to %s: PostgreSQL cannot change a generation expression, so "
                    + "the column is dropped and added again (its values are computed anew for every row, rewriting the "
                    + "table under an ACCESS EXCLUSIVE lock; the indexes and constraints on it are dropped and built "
                    + "again). For a large table, add a new column under another name and switch over instead."),
    GENERATED_COLUMN_REWRITES_TABLE(
            327,
            Kind.WARNING,
            "Revision '%s' adds generated column %s.%s: PostgreSQL computes it for every existing row, rewriting the "
                    + "table under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add an ordinary "
                    + "column, backfill it in batches and keep it current from the application or a trigger instead."),

    // 4xx pgvector
    VECTOR_WRONG_JAVA_TYPE(
            401,
            Kind.ERROR,
            "@Vector on %s, whose Java type is %s. pgvector columns are float[], com.pgvector.PGvector, PGhalfvec, "
                    + "PGsparsevec or PGbit: change the field type (e.g. float[] for vector(n)), or remove @Vector."),
    VECTOR_TYPE_MISMATCH(
            402,
            Kind.ERROR,
            "@Vector(type = VectorType.%s) on %s does not fit its Java type %s, which holds %s. Use "
                    + "@Vector(dimensions = %d, type = VectorType.%s), or change the Java type to %s."),
    VECTOR_INDEX_WITHOUT_VECTOR(
            403,
            Kind.ERROR,
            "@VectorIndex on %s, which is not a @Vector column. Add @Vector(dimensions = <n>) to it, or use @Index on "
                    + "the table for a plain index."),
    VECTOR_DIMENSIONS_TOO_SMALL(
            404,
            Kind.ERROR,
            "@Vector(dimensions = %d) on %s: a vector needs at least 1 dimension. Set the size of your embeddings, "
                    + "e.g. @Vector(dimensions = 768)."),
    VECTOR_DIMENSIONS_TOO_LARGE(
            405,
            Kind.ERROR,
            "@Vector(dimensions = %d) on %s: pgvector's %s stores at most 16,000 dimensions. Reduce the dimensions, or use "
                    + "sparsevec for sparse data: @Vector(dimensions = %d, type = VectorType.SPARSEVEC)."),
    VECTOR_INDEX_TOO_MANY_DIMENSIONS(
            406,
            Kind.ERROR,
            "@VectorIndex on %s: pgvector indexes %s columns of at most %,d dimensions, but it has %,d. %s"),
    SPARSEVEC_IVFFLAT(
            407,
            Kind.ERROR,
            "@VectorIndex(method = IndexMethod.IVFFLAT) on %s: IVFFlat cannot index sparsevec. Use HNSW: "
                    + "@VectorIndex(method = IndexMethod.HNSW, distance = Distance.%s)."),
    SPARSEVEC_HNSW_NONZERO_LIMIT(
            408,
            Kind.WARNING,
            "@VectorIndex on sparsevec column %s: an HNSW index on sparsevec accepts only vectors with at most 1,000 "
                    + "non-zero elements; inserting one with more fails while the index exists. Make sure the data stays "
                    + "within that limit (e.g. keep the top 1,000 weights)."),
    HNSW_M_OUT_OF_RANGE(
            409,
            Kind.ERROR,
            "@VectorIndex(m = %d) on %s: HNSW's m (connections per layer) must be between 2 and 100. Use e.g. "
                    + "@VectorIndex(m = 16) (the default)."),
    HNSW_EF_CONSTRUCTION_OUT_OF_RANGE(
            410,
            Kind.ERROR,
            "@VectorIndex(efConstruction = %d) on %s: HNSW's ef_construction must be between 4 and 1000. Use e.g. "
                    + "@VectorIndex(efConstruction = 64) (the default)."),
    HNSW_EF_CONSTRUCTION_BELOW_2M(
            411,
            Kind.ERROR,
            "@VectorIndex(m = %d, efConstruction = %d) on %s: ef_construction must be at least 2 * m = %d. Use "
                    + "@VectorIndex(m = %d, efConstruction = %d), or lower m."),
    IVFFLAT_LISTS_OUT_OF_RANGE(
            412,
            Kind.ERROR,
            "@VectorIndex(lists = %d) on %s: IVFFlat's lists must be between 1 and 32,768. A good start is rows / 1000 up "
                    + "to 1M rows, sqrt(rows) above: e.g. @VectorIndex(method = IndexMethod.IVFFLAT, lists = 100)."),
    DISTANCE_WITHOUT_OPERATOR_CLASS(
            413,
            Kind.ERROR,
            "@VectorIndex(method = IndexMethod.%s, distance = Distance.%s) on %s: pgvector has no %s operator class for "
                    + "%s with this distance. Supported distances for %s with %s: %s."),
    VECTOR_INDEX_WHERE_NOT_ONE_PREDICATE(
            414,
            Kind.ERROR,
            "@VectorIndex(where = \"%s\") on %s is not one SQL predicate: it %s. The predicate is written verbatim "
                    + "after WHERE in CREATE INDEX, so it must be exactly one boolean expression, e.g. @VectorIndex(where "
                    + "= \"embedding IS NOT NULL\")."),
    CAST_TO_HALFVEC_NOT_VECTOR(
            415,
            Kind.ERROR,
            "@VectorIndex(castToHalfvec = true) on %s, a %s column: only a vector column is indexed through a halfvec "
                    + "cast. Remove castToHalfvec."),

    // 5xx diff errors: changes that are ambiguous or fail on a table with rows
    TABLE_GONE(
            501,
            Kind.ERROR,
            "Table %s is in the parent revision but not in revision '%s'. Migrata never guesses drops: if the table and "
                    + "its data are to be dropped, add to the @Revision:%n    %s"),
    TABLE_GONE_OR_RENAMED(
            502,
            Kind.ERROR,
            "Table %s is in the parent revision but not in revision '%s'. Migrata never guesses renames or drops: if it "
                    + "was renamed to %s, add to the @Revision:%n    %s%n  or, if the table and its data are to be dropped:%n    %s"),
    COLUMN_GONE(
            503,
            Kind.ERROR,
            "Column %s.%s is in the parent revision but not in revision '%s'. Migrata never guesses drops: if the column "
                    + "and its data are to be dropped, add to the @Revision:%n    %s"),
    COLUMN_GONE_OR_RENAMED(
            504,
            Kind.ERROR,
            "Column %s.%s is in the parent revision but not in revision '%s'. Migrata never guesses renames or drops: if "
                    + "it was renamed to %s, add to the @Revision:%n    %s%n  or, if the column and its data are to be dropped:%n    %s"),
    NOT_NULL_COLUMN_WITHOUT_DEFAULT(
            505,
            Kind.ERROR,
            "Revision '%s' adds column %s.%s (%s) as NOT NULL without a default: that fails on a table with rows. Give it "
                    + "a default (@Column(defaultValue = \"...\")), or add it nullable, fill it with an @Sql step and make it "
                    + "NOT NULL in a later revision."),
    TYPE_CHANGE_NEEDS_USING(
            506,
            Kind.ERROR,
            "Revision '%s' changes column %s.%s from %s to %s, which PostgreSQL does not convert implicitly. Say how to "
                    + "convert the values (and back, for the downgrade), on the @Revision:%n    %s"),
    DIRECTIVE_UNKNOWN_TABLE(507, Kind.ERROR, "%s: there is no table %s %s of revision '%s'. Tables there: %s"),
    DIRECTIVE_UNKNOWN_COLUMN(
            508, Kind.ERROR, "%s: table %s has no column %s in the parent revision of '%s'. Its columns: %s"),
    RENAME_TABLE_TARGET_MISSING(
            509,
            Kind.ERROR,
            "%s: revision '%s' declares no table %s. Rename the @Table (name = \"%s\"), or fix the directive's 'to'."),
    RENAME_COLUMN_TARGET_MISSING(
            510,
            Kind.ERROR,
            "%s: table %s declares no column %s in revision '%s'. Rename the field or @Column(name = \"%s\"), or fix the "
                    + "directive's 'to'. Its columns: %s"),
    DROPPED_TABLE_STILL_DECLARED(
            511,
            Kind.ERROR,
            "%s: table %s is still declared in revision '%s'. Remove its class from @Schema(tables), or remove the directive."),
    DROPPED_COLUMN_STILL_DECLARED(
            512,
            Kind.ERROR,
            "%s: column %s.%s is still declared in revision '%s'. Remove the field, or remove the directive."),
    RENAMED_SOURCE_STILL_DECLARED(
            513,
            Kind.ERROR,
            "%s: %s is still declared in revision '%s', so it cannot be the old name of a rename. Remove it from the "
                    + "@Table classes, or fix the directive's 'from'."),
    DIRECTIVE_CONFLICT(
            514,
            Kind.ERROR,
            "%s: %s is already renamed or dropped by another directive of revision '%s'. Keep one directive per table "
                    + "or column."),
    VECTOR_DIMENSIONS_CHANGED(
            515,
            Kind.ERROR,
            "Revision '%s' changes column %s.%s from %s to %s. The stored vectors cannot be converted: pgvector has no "
                    + "cast between dimensions, so the change fails on every row that holds a value, and a vector of %s "
                    + "dimensions has to be computed again by the model that makes them. Either keep %s and add a new "
                    + "column (e.g. %s %s), fill it with a backfill that embeds the rows again, and drop %s in a later "
                    + "revision; or, if the stored vectors may be lost (the column must allow NULL), add to the @Revision:%n    %s"),

    // 6xx warnings: changes that lock or rewrite a table with rows
    FOREIGN_KEY_ON_EXISTING_TABLE(
            601,
            Kind.WARNING,
            "Revision '%s' adds foreign key %s to existing table %s: it is added NOT VALID (a brief lock; rows written "
                    + "from then on are checked) and validated by VALIDATE CONSTRAINT in a later transaction of its own, "
                    + "which scans %s while reads and writes continue, and fails if a row has no match in %s. Fix such "
                    + "rows first, e.g. with an @Sql step of this revision."),
    SET_NOT_NULL_ON_EXISTING_COLUMN(
            602,
            Kind.WARNING,
            "Revision '%s' makes %s.%s NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK %s (%s IS NOT "
                    + "NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while "
                    + "reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead "
                    + "of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this "
                    + "revision."),
    TYPE_CHANGE_REWRITES_TABLE(
            603,
            Kind.WARNING,
            "Revision '%s' changes %s.%s from %s to %s: PostgreSQL rewrites the table and its indexes under an ACCESS "
                    + "EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches "
                    + "and switch over instead."),
    ENUM_CONSTANT_REMOVED(
            604,
            Kind.WARNING,
            "Revision '%s' removes %s from the enum column %s.%s: its CHECK constraint is replaced NOT VALID (rows "
                    + "written from then on must hold a remaining constant) and validated in a later transaction of its "
                    + "own, which scans the table while reads and writes continue, and fails if a row still holds a "
                    + "removed value. Update those rows first, e.g. with an @Sql step of this revision."),
    CHECK_ON_EXISTING_TABLE(
            605,
            Kind.WARNING,
            "Revision '%s' adds CHECK constraint %s to existing table %s: it is added NOT VALID (a brief lock; rows "
                    + "written from then on are checked) and validated in a later transaction of its own, which scans "
                    + "the table while reads and writes continue, and fails if a row violates it. Fix such rows first, "
                    + "e.g. with an @Sql step of this revision."),
    UNIQUE_ON_EXISTING_TABLE(
            606,
            Kind.WARNING,
            "Revision '%s' adds %s %s to existing table %s: its unique index is built by CREATE UNIQUE INDEX "
                    + "CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), "
                    + "then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE "
                    + "lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build "
                    + "is re-runnable."),
    CHANGE_TYPE_WITHOUT_EFFECT(
            607,
            Kind.WARNING,
            "%s has no effect: column %s.%s keeps its type %s in revision '%s'. Remove the directive."),
    ADD_COLUMN_REWRITES_TABLE(
            608,
            Kind.WARNING,
            "Revision '%s' adds column %s.%s %s: PostgreSQL computes it for every existing row, rewriting the table under "
                    + "an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add it without that default, "
                    + "backfill it in batches, then set the default."),
    ENUM_CONSTANT_ADDED(
            609,
            Kind.WARNING,
            "Revision '%s' adds %s to the enum column %s.%s: its CHECK constraint %s is replaced NOT VALID (a brief "
                    + "lock) and validated in a later transaction of its own, which scans the table while reads and "
                    + "writes continue. It cannot fail: every value allowed before is still allowed."),
    DOWNGRADE_RESTORES_COLUMN_NULLABLE(
            610,
            Kind.WARNING,
            "Revision '%s' drops NOT NULL column %s.%s, which has no default: its downgrade restores %s.%s without NOT "
                    + "NULL, since the dropped values are gone and NOT NULL would fail on a table with rows. For a "
                    + "downgrade that restores NOT NULL, give the column a default in an earlier revision "
                    + "(@Column(defaultValue = \"...\")) before dropping it; or, after a downgrade, fill the column and "
                    + "run ALTER TABLE %s ALTER COLUMN %s SET NOT NULL by hand."),
    UNIQUE_INDEX_ON_EXISTING_TABLE(
            611,
            Kind.WARNING,
            "Revision '%s' adds unique index %s to existing table %s: it is built CONCURRENTLY outside any transaction "
                    + "(it scans the table twice while reads and writes continue) and fails if existing rows are "
                    + "duplicates (the INVALID index a failed build leaves is dropped). Remove the duplicates before "
                    + "deploying."),
    DATA_MIGRATION_HOLDS_LOCKS(
            620,
            Kind.WARNING,
            "Revision '%s' runs %s#upgrade in its first transaction, after statements that change existing tables "
                    + "(%s): it holds their locks%s for as long as it runs, and queries on those tables wait for it. For a long "
                    + "backfill, give the Java step a revision of its own, @Revision(id = \"<new id>\", parent = "
                    + "%s.class) on a class implementing DataMigration, as the new @Schema(head); then delete %s and %s "
                    + "so that '%s' is written again without it."),
    MATERIALIZED_VIEW_REFILLED(
            630,
            Kind.WARNING,
            "Revision '%s' drops materialized view %s and creates it again (%s): CREATE MATERIALIZED VIEW ... WITH DATA "
                    + "runs its query over every row it reads, in the revision's first transaction, and until that "
                    + "transaction commits every query of the view waits. For a large view, create the new definition "
                    + "under another name in an earlier revision, REFRESH it, and switch readers over before dropping the "
                    + "old one."),

    // 7xx revision files and frozen history
    MIGRATIONS_DIR_UNKNOWN(
            701,
            Kind.ERROR,
            "Cannot find the migrations folder of schema '%s': the source of this class is not under a src/main/java folder (%s). "
                    + "Pass the folder of its revision files to the compiler: -Amigrata.dir=<path>, e.g. <module>/src/main/migrations/%s"),
    REVISION_FILES_MISSING(
            702,
            Kind.ERROR,
            "Revision '%s' is not the head, but its files are missing: %s. History is never regenerated (the statements "
                    + "may already run on a database); restore the files from version control, e.g. git checkout -- %s"),
    REVISION_FILES_INCOMPLETE(
            703,
            Kind.ERROR,
            "Revision '%s' has %s but not %s. Restore the missing file from version control; or, only if this is the head "
                    + "revision and it was never applied to any database, delete %s too so that both are generated again."),
    REVISION_FILE_EDITED(
            704,
            Kind.ERROR,
            "%s was edited by hand: its header says %s but its statements hash to %s. A frozen revision must not change "
                    + "(databases that applied it would no longer match): restore it from version control "
                    + "(git checkout -- %s) and declare a new @Revision for the change."),
    REVISION_FILE_MALFORMED(
            705, Kind.ERROR, "Cannot read revision file %s: %s. Restore it from version control (git checkout -- %s)."),
    HEAD_SNAPSHOT_DIFFERS(
            706,
            Kind.ERROR,
            "The @Table classes no longer match the frozen snapshot of head revision '%s' (%s):%n%s%n"
                    + "Either declare a new revision for these changes:%n    %s%n  and point @Schema(head) at it;%n"
                    + "or, only if '%s' was never applied to any database, delete %s and %s to generate it again."),
    VERIFY_FILES_MISSING(
            707,
            Kind.ERROR,
            "-Amigrata.verify=true: revision '%s' has no files (%s). Compile without migrata.verify to generate them, "
                    + "review and commit them."),
    REVISION_FILE_WRONG_PARENT(
            708,
            Kind.ERROR,
            "%s says the parent of revision '%s' is %s, but @Revision(parent) names %s. A frozen revision cannot move "
                    + "once a database applied it. If no database applied '%s', delete %s and %s and compile again "
                    + "with it as the @Schema head: they are written anew after its new parent. Otherwise restore %s and make the change in a "
                    + "new revision after the head."),
    REVISION_FILE_WRONG_ID(
            709,
            Kind.ERROR,
            "%s is the file of revision '%s' but its header names revision '%s'. Restore it from version control "
                    + "(git checkout -- %s)."),
    REVISION_FILE_WRITE_FAILED(710, Kind.ERROR, "Cannot write revision file %s: %s"),
    STATEMENT_NOT_WRITABLE(
            711,
            Kind.ERROR,
            "Revision '%s' cannot be written to %s: %s. Change the @Sql text so that no line of it is exactly such a marker."),
    SNAPSHOT_EDITED(
            712,
            Kind.ERROR,
            "%s was edited by hand: %s records snapshot %s but the file's schema hashes to %s. The snapshot is what "
                    + "later revisions are diffed from: restore it from version control (git checkout -- %s) and declare "
                    + "a new @Revision for the change."),
    MIGRATIONS_DIR_SHARED(
            713,
            Kind.ERROR,
            "Schema '%s' would keep its revision files in %s, the folder of schema '%s' compiled with it: -Amigrata.dir "
                    + "names the folder of one schema. Compile each schema in its own module, or drop -Amigrata.dir so that "
                    + "each uses src/main/migrations/<schema name>/."),
    REVISION_FILE_JAVA_STEP_DIFFERS(
            714,
            Kind.ERROR,
            "%s is frozen with %s, but %s %s. The Java step of a frozen revision is part of what databases applied "
                    + "(its class name counts in the checksum): restore the class as it was (its name and whether it "
                    + "implements DataMigration) and put the new Java in a new @Revision. If this revision was never "
                    + "applied anywhere, delete %s and %s and compile again to regenerate them."),

    // 8xx generated Java
    DATA_MIGRATION_NOT_INSTANTIABLE(
            801,
            Kind.ERROR,
            "%s implements DataMigration, but the generated %s cannot create it with 'new %s()': %s. "
                    + "Make it a non-abstract, non-private top-level (or static nested) class with a non-private no-argument constructor."),
    GENERATED_FILE_FAILED(802, Kind.ERROR, "Cannot write generated file %s: %s"),
    METAMODEL_NAME_CLASH(
            803,
            Kind.ERROR,
            "%s and %s would both have the metamodel %s.%s (each table's names are a class nested in the one "
                    + "generated class of its schema). Rename one of the two @Table classes."),

    // 9xx internal
    INTERNAL_ERROR(
            999, Kind.ERROR, "Migrata failed unexpectedly on this element; please report it with this trace:%n%s");

    /** How a message affects the build. */
    public enum Kind {
        /** Fails compilation; nothing is generated. */
        ERROR,
        /** Reported; generation goes on. */
        WARNING
    }

    private final int code;
    private final Kind kind;
    private final String template;

    Message(int code, Kind kind, String template) {
        this.code = code;
        this.kind = kind;
        this.template = template;
    }

    /** The stable code, e.g. {@code MIG101}. */
    public String code() {
        return "MIG" + code;
    }

    /** Whether it is an error or a warning. */
    public Kind kind() {
        return kind;
    }

    /** The text with its code in front: {@code [MIG101] ...}; {@link Problem} fills in the arguments. */
    String format(Object... args) {
        return "[" + code() + "] " + String.format(template, args);
    }
}
