package dev.migrata.schema.diff;

import static dev.migrata.schema.sql.TestModels.col;
import static dev.migrata.schema.sql.TestModels.notNull;
import static dev.migrata.schema.sql.TestModels.schema;
import static dev.migrata.schema.sql.TestModels.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain comparison behind the "model differs from the frozen head" error, and change ordering. */
class SchemaDifferTest {

    private static TableModel users() {
        return table("users")
                .columns(notNull("id", "uuid"), col("name", "text"))
                .pk("id")
                .build();
    }

    @Test
    void noDifferencesBetweenEqualModels() {
        assertEquals(List.of(), SchemaDiffer.differences(schema(users()), schema(users())));
    }

    @Test
    void differencesListWhatChangedWithoutGuessing() {
        TableModel current = table("users")
                .columns(notNull("id", "uuid"), col("full_name", "text"), col("age", "integer"))
                .pk("id")
                .unique("age")
                .build();
        TableModel orders =
                table("order").columns(notNull("id", "bigint")).pk("id").build();
        assertEquals(
                List.of(
                        "create table order",
                        "add column users.full_name (text)",
                        "add column users.age (integer)",
                        "add unique constraint uq_users_age on users (age)",
                        "drop column users.name"),
                SchemaDiffer.differences(schema(users()), schema(current, orders)));
    }

    @Test
    void differencesOfARemovedTableAndAVectorColumn() {
        TableModel docs = table("docs")
                .columns(notNull("id", "bigint"), col("embedding", "vector(3)"))
                .pk("id")
                .build();
        assertEquals(
                List.of("create extension vector", "create table docs", "drop table users"),
                SchemaDiffer.differences(schema(users()), schema(docs)));
    }

    @Test
    void describesEveryKindOfColumnChange() {
        TableModel before = table("t")
                .columns(notNull("id", "integer"), col("a", "text"), notNull("b", "text"))
                .pk("id")
                .build();
        TableModel after = table("t")
                .columns(
                        notNull("id", "bigint"),
                        notNull("a", "text"),
                        dev.migrata.schema.sql.TestModels.withDefault("b", "text", true, "'x'"))
                .pk("id")
                .build();
        assertEquals(
                List.of(
                        "change type of t.id from integer to bigint",
                        "make t.a not null",
                        "make t.b nullable",
                        "set default of t.b to 'x'"),
                SchemaDiffer.differences(schema(before), schema(after)));
    }

    @Test
    void aChangedGenerationExpressionDropsAndAddsTheColumnWithItsIndexes() {
        TableModel before = docs("to_tsvector('english', body)", List.of("id"));
        TableModel after = docs("to_tsvector('simple', body)", List.of("id"));
        assertEquals(
                List.of(
                        "drop column docs.search",
                        "add column docs.search (tsvector, generated to_tsvector('simple', body))",
                        "drop index ix_docs_search of docs",
                        "create index ix_docs_search on docs using gin (search)"),
                SchemaDiffer.differences(schema(before), schema(after)));
    }

    @Test
    void aChangedIncludeRebuildsTheIndexAndAnUnchangedOneStays() {
        TableModel before = docs("to_tsvector('english', body)", List.of("id"));
        assertEquals(
                List.of(),
                SchemaDiffer.differences(schema(before), schema(docs("to_tsvector('english', body)", List.of("id")))));
        assertEquals(
                List.of(
                        "drop index ix_docs_recent of docs",
                        "create index ix_docs_recent on docs using btree (created_at DESC) include (id, body)"),
                SchemaDiffer.differences(
                        schema(before), schema(docs("to_tsvector('english', body)", List.of("id", "body")))));
    }

    /** A table with a generated column, a GIN index on it, and an expression index including columns. */
    private static TableModel docs(String generated, List<String> include) {
        return table("docs")
                .columns(
                        notNull("id", "bigint"),
                        col("body", "text"),
                        col("created_at", "timestamptz"),
                        new ColumnModel("search", "tsvector", true, false, null, null, List.of(), generated))
                .pk("id")
                .index(new IndexModel("ix_docs_search", List.of("search"), false, "gin", null, Map.of(), null))
                .index(new IndexModel(
                        "ix_docs_recent", List.of(), false, "btree", null, Map.of(), null, "created_at DESC", include))
                .build();
    }

    @Test
    void emptyToEmptyHasNoChanges() {
        assertEquals(List.of(), SchemaDiffer.differences(SchemaModel.EMPTY, SchemaModel.EMPTY));
    }
}
