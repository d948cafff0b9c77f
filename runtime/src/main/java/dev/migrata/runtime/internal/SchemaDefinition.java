package dev.migrata.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schema a chain expects at its head, generated from the head snapshot and compared with the
 * live catalog by {@code check()}. Names are as PostgreSQL stores them (unquoted, case kept).
 *
 * <p>Not API: public because generated chain classes, which live in the application's packages,
 * return it from {@code MigrationChain.headSchema()}.
 *
 * @param tables every table, sorted by schema and name
 * @param enumTypes the native enum types the head schema declares ({@code @PgEnum}), sorted by name;
 *     {@code check()} compares their labels, and leaves enum types the head schema does not declare
 *     alone (one created by an {@code @Sql} step, for instance)
 * @param views the declared views and materialized views, in creation order
 * @param functions the declared functions, sorted by name
 * @param triggers the declared triggers, sorted by name
 */
public record SchemaDefinition(
        List<Table> tables,
        List<EnumType> enumTypes,
        List<View> views,
        List<Function> functions,
        List<Trigger> triggers) {

    /** Copies the lists. */
    public SchemaDefinition {
        tables = List.copyOf(tables);
        enumTypes = enumTypes == null ? List.of() : List.copyOf(enumTypes);
        views = views == null ? List.of() : List.copyOf(views);
        functions = functions == null ? List.of() : List.copyOf(functions);
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    /** A schema without views, functions or triggers. */
    public SchemaDefinition(List<Table> tables, List<EnumType> enumTypes) {
        this(tables, enumTypes, List.of(), List.of(), List.of());
    }

    /** A schema of tables alone: no enum type, view, function or trigger. */
    public SchemaDefinition(List<Table> tables) {
        this(tables, List.of());
    }

    /**
     * Reads the text form from a class path resource the processor wrote beside a generated chain
     * class ({@code META-INF/migrata/<schema>/head-schema.txt}), if its bytes are the ones compiled:
     * their SHA-256 must be {@code digest}.
     *
     * @param chainClass the generated chain class, whose class loader holds the resource
     * @param path the resource's path
     * @param digest {@code sha256:<hex>} over its bytes as compiled
     * @throws RevisionResourceException when it is missing, unreadable, changed or not the text form
     */
    public static SchemaDefinition fromResource(Class<?> chainClass, String path, String digest) {
        String what = "The head schema of " + chainClass.getName() + ": its resource " + path + " ";
        VerifiedResource.Found found;
        try {
            found = VerifiedResource.read(chainClass, path, digest);
        } catch (VerifiedResource.Refused e) {
            throw new RevisionResourceException(path, what + e.getMessage() + ".");
        }
        try {
            return parse(new String(found.bytes(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new RevisionResourceException(
                    path, what + "in " + found.url() + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads the text form that {@link #toText()} writes; generated chain classes embed it, or, since
     * the head schema became a resource, store it beside themselves ({@link #fromResource}). The parts
     * are concatenated first (a class file limits each string constant to 64 KB).
     *
     * @throws IllegalArgumentException naming the line and column of text that is not that form
     */
    public static SchemaDefinition parse(String... parts) {
        return SchemaDefinitionText.parse(parts);
    }

    /**
     * The text form: a line per table, then a line per column, primary key, index and constraint of
     * it, with every name, type and default quoted; {@link #parse} reads it back to an equal
     * definition.
     *
     * <pre>
     * table "" "users"
     * column "id" "uuid" not null
     * column "created_at" "timestamp with time zone" default "now()"
     * column "search" "tsvector" generated "to_tsvector('english', body)"
     * primary key "id"
     * index "ix_users_embedding" "hnsw" "embedding" opclass "vector_cosine_ops" with "m" "16"
     * index "ix_users_recent" "btree" expression "created_at DESC" include "name"
     * constraint "pk_users" primary key "id"
     * constraint "uq_users_email" unique "email"
     * constraint "ck_users_status" check "status IN ('A', 'B')"
     * enum "" "job_status" "QUEUED" "parliament-period"
     * </pre>
     */
    public String toText() {
        return SchemaDefinitionText.render(this);
    }

    /**
     * A table.
     *
     * @param schema the PostgreSQL schema, or {@code ""} for the connection's default
     * @param name the table name
     * @param columns the columns in declaration order
     * @param primaryKey the primary key's column names, empty when none
     * @param indexes the indexes the table has, sorted by name (the primary key's and unique
     *     constraints' own indexes excluded)
     * @param constraints the named constraints (primary key, unique, check, foreign key), sorted by
     *     name
     */
    public record Table(
            String schema,
            String name,
            List<Column> columns,
            List<String> primaryKey,
            List<Index> indexes,
            List<Constraint> constraints) {

        /** Copies the lists. */
        public Table {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            indexes = List.copyOf(indexes);
            constraints = List.copyOf(constraints);
        }
    }

    /**
     * A column.
     *
     * @param name the column name
     * @param type the SQL type as PostgreSQL's {@code format_type} prints it, e.g.
     *     {@code character varying(255)}, {@code vector(768)}, {@code timestamp with time zone}
     * @param nullable whether NULL is allowed
     * @param defaultValue the default expression as declared, or {@code null} when none (identity
     *     columns have none)
     * @param identity whether the column is {@code GENERATED BY DEFAULT AS IDENTITY}
     * @param generated the expression of a stored generated column ({@code GENERATED ALWAYS AS (…)
     *     STORED}) as declared, or {@code null} for a column that is not generated; {@code check()}
     *     compares it after the server has normalized it
     */
    public record Column(
            String name, String type, boolean nullable, String defaultValue, boolean identity, String generated) {

        /** A column that is not generated. */
        public Column(String name, String type, boolean nullable, String defaultValue, boolean identity) {
            this(name, type, nullable, defaultValue, identity, null);
        }
    }

    /**
     * An index.
     *
     * @param name the index name
     * @param unique whether it is unique
     * @param method the access method: {@code btree}, {@code gin}, {@code hnsw}, {@code ivfflat}, …
     * @param columns the indexed columns in order; empty in a head schema whose index keys are
     *     expressions
     * @param operatorClass the operator class of its single column (or after its expression), e.g.
     *     {@code vector_cosine_ops}; {@code null} when the definition leaves it to the type's default,
     *     and then it is not compared
     * @param options its storage parameters ({@code m}, {@code ef_construction}, {@code lists}, …),
     *     values as PostgreSQL prints them; empty when none
     * @param where the predicate of a partial index, or {@code null}
     * @param expression the key list as written instead of columns ({@code lower(email)}, {@code
     *     created_at DESC}, {@code meta jsonb_path_ops}), or {@code null}; read from the catalog, the
     *     key list as {@code pg_get_indexdef} prints it, operator classes and orderings included
     * @param include the non-key columns of {@code INCLUDE (…)}, in order; empty for none
     */
    public record Index(
            String name,
            boolean unique,
            String method,
            List<String> columns,
            String operatorClass,
            Map<String, String> options,
            String where,
            String expression,
            List<String> include) {

        /** Copies the lists and sorts the options. */
        public Index {
            columns = List.copyOf(columns);
            options = options == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(options));
            include = include == null ? List.of() : List.copyOf(include);
        }

        /** An index on columns, without an expression or {@code INCLUDE} columns. */
        public Index(
                String name,
                boolean unique,
                String method,
                List<String> columns,
                String operatorClass,
                Map<String, String> options,
                String where) {
            this(name, unique, method, columns, operatorClass, options, where, null, List.of());
        }

        /** A full index with the type's default operator class and no storage parameters. */
        public Index(String name, boolean unique, String method, List<String> columns) {
            this(name, unique, method, columns, null, Map.of(), null);
        }

        /**
         * Whether {@code check()} has the server spell this declared index's key list, INCLUDE list
         * and predicate before comparing them: those of expression, covering and partial indexes.
         */
        public boolean comparedAsTheServerSpellsIt() {
            return expression != null || !include.isEmpty() || where != null;
        }
    }

    /**
     * A native enum type.
     *
     * @param schema the PostgreSQL schema, or {@code ""} for the connection's default
     * @param name the type name
     * @param labels the labels in their sort order
     */
    public record EnumType(String schema, String name, List<String> labels) {

        /** Copies the list. */
        public EnumType {
            schema = schema == null ? "" : schema;
            labels = List.copyOf(labels);
        }
    }

    /**
     * A named table constraint.
     *
     * @param name the constraint name
     * @param kind {@code PRIMARY_KEY}, {@code UNIQUE}, {@code CHECK} or {@code FOREIGN_KEY}
     * @param foreignKey what a foreign key references and its actions, or {@code null} for the other
     *     kinds (and for a foreign key whose definition does not say, which is then not compared)
     * @param columns the columns of a primary key or unique constraint in order; empty for the other
     *     kinds and when the definition does not say (then they are not compared)
     * @param check the expression of a CHECK constraint as declared, e.g. {@code status IN ('A',
     *     'B')}, or {@code null} for the other kinds and when the definition does not say (then only
     *     its name is compared); {@code check()} compares it after the server has normalized it
     */
    public record Constraint(String name, Kind kind, ForeignKey foreignKey, List<String> columns, String check) {

        /** Copies the list. */
        public Constraint {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        /** A constraint compared by name and kind only. */
        public Constraint(String name, Kind kind) {
            this(name, kind, null, List.of(), null);
        }

        /** A constraint with what a foreign key references; no columns or expression. */
        public Constraint(String name, Kind kind, ForeignKey foreignKey) {
            this(name, kind, foreignKey, List.of(), null);
        }

        /** A UNIQUE constraint on {@code columns}, in order. */
        public static Constraint unique(String name, List<String> columns) {
            return new Constraint(name, Kind.UNIQUE, null, columns, null);
        }

        /** A CHECK constraint with its expression as declared, without the {@code CHECK (…)} around it. */
        public static Constraint check(String name, String expression) {
            return new Constraint(name, Kind.CHECK, null, List.of(), expression);
        }
    }

    /**
     * What a foreign key constraint references.
     *
     * @param columns the referencing columns in order
     * @param referencedSchema the referenced table's schema, or {@code ""} for the connection's default
     * @param referencedTable the referenced table
     * @param referencedColumns the referenced columns in order
     * @param onDelete the {@code ON DELETE} action in SQL words: {@code NO ACTION}, {@code RESTRICT},
     *     {@code CASCADE}, {@code SET NULL} or {@code SET DEFAULT}
     * @param onUpdate the {@code ON UPDATE} action, in the same words
     */
    public record ForeignKey(
            List<String> columns,
            String referencedSchema,
            String referencedTable,
            List<String> referencedColumns,
            String onDelete,
            String onUpdate) {

        /** Copies the lists. */
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedSchema = referencedSchema == null ? "" : referencedSchema;
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /**
     * A view of the schema's default PostgreSQL schema.
     *
     * @param name the view name
     * @param query its query: as declared in a head schema, as {@code pg_get_viewdef} prints it in a
     *     catalog; {@code check()} has the server print the declared one too before comparing
     * @param materialized whether it is a materialized view
     */
    public record View(String name, String query, boolean materialized) {}

    /**
     * A function of the schema's default PostgreSQL schema.
     *
     * @param name the function name
     * @param arguments its argument list without parentheses; compared as the server prints the
     *     identity arguments
     * @param returns its result type; compared as the server prints it
     * @param language the language of its body
     * @param body its body, compared without surrounding white space
     */
    public record Function(String name, String arguments, String returns, String language, String body) {}

    /**
     * A trigger.
     *
     * @param name the trigger name
     * @param schema its table's PostgreSQL schema, or {@code ""} for the connection's default
     * @param table its table
     * @param timing {@code BEFORE}, {@code AFTER} or {@code INSTEAD OF}
     * @param events its events in SQL words, in the order {@code INSERT}, {@code UPDATE}, {@code
     *     DELETE}, {@code TRUNCATE}
     * @param forEachRow whether it fires for each row, else for each statement
     * @param function the name of the function it executes
     * @param when its {@code WHEN} condition, {@code ""} for none; compared as the server prints it
     */
    public record Trigger(
            String name,
            String schema,
            String table,
            String timing,
            List<String> events,
            boolean forEachRow,
            String function,
            String when) {

        /** Copies the events, in the server's order. */
        public Trigger {
            events = EVENT_ORDER.stream().filter(events::contains).toList();
        }

        private static final List<String> EVENT_ORDER = List.of("INSERT", "UPDATE", "DELETE", "TRUNCATE");
    }

    /** The kinds of constraint compared by {@code check()}. */
    public enum Kind {
        PRIMARY_KEY,
        UNIQUE,
        CHECK,
        FOREIGN_KEY
    }
}
