package dev.migrata.processor;

import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.List;
import java.util.Map;

/** Hand-built models for tests that do not go through the read stage. */
public final class SchemaFixtures {

    private SchemaFixtures() {}

    /** Users and documents, with a vector column, an HNSW index, an enum check and a foreign key. */
    public static SchemaModel usersAndDocuments() {
        TableModel users = new TableModel(
                "",
                "users",
                List.of(
                        new ColumnModel("id", "uuid", false, false, null, null, List.of()),
                        new ColumnModel("email", "varchar(255)", false, false, null, "login", List.of()),
                        new ColumnModel("full_name", "text", true, false, null, null, List.of()),
                        new ColumnModel("status", "text", false, false, "'ACTIVE'", null, List.of("ACTIVE", "BLOCKED")),
                        new ColumnModel("created_at", "timestamptz", true, false, "now()", null, List.of())),
                new PrimaryKeyModel("pk_users", List.of("id")),
                List.of(new UniqueModel("uq_users_email", List.of("email"))),
                List.of(new CheckModel("ck_users_status", "status IN ('ACTIVE', 'BLOCKED')")),
                List.of(),
                List.of(),
                null);
        TableModel documents = new TableModel(
                "",
                "documents",
                List.of(
                        new ColumnModel("id", "bigint", false, true, null, null, List.of()),
                        new ColumnModel("owner_id", "uuid", false, false, null, null, List.of()),
                        new ColumnModel("price", "numeric(10,2)", true, false, null, null, List.of()),
                        new ColumnModel("embedding", "vector(768)", true, false, null, null, List.of())),
                new PrimaryKeyModel("pk_documents", List.of("id")),
                List.of(),
                List.of(),
                List.of(new ForeignKeyModel(
                        "fk_documents_owner_id_users",
                        List.of("owner_id"),
                        "",
                        "users",
                        List.of("id"),
                        "CASCADE",
                        "NO ACTION")),
                List.of(
                        new IndexModel(
                                "ix_documents_embedding",
                                List.of("embedding"),
                                false,
                                "hnsw",
                                "vector_cosine_ops",
                                Map.of("m", 16, "ef_construction", 64),
                                null),
                        new IndexModel(
                                "ix_documents_owner_id",
                                List.of("owner_id"),
                                false,
                                "btree",
                                null,
                                null,
                                "owner_id IS NOT NULL")),
                "documents and their embeddings");
        return new SchemaModel(List.of(users, documents));
    }

    /** A revision without directives. */
    public static RevisionModel revision(String className, String id, String parentId, String message) {
        return revision(className, id, parentId, message, false);
    }

    /** A revision without directives whose class implements {@code DataMigration} or not. */
    public static RevisionModel revision(
            String className, String id, String parentId, String message, boolean dataMigration) {
        return RevisionModel.withoutDirectives(id, parentId, message, className, dataMigration, Origin.NONE);
    }
}
