package app;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Revision {@code 002_add_embedding}, generated from {@link AddEmbedding}.
 */
@Generated("dev.migrata.processor.MigrataProcessor")
public final class AddEmbeddingMigration implements Migration {
    /**
     * The revision id stored in {@code migrata_revisions}.
     */
    public static final String ID = "002_add_embedding";

    /**
     * The parent revision's id.
     */
    public static final String PARENT_ID = "001_initial_schema";

    /**
     * The revision's message.
     */
    public static final String MESSAGE = "embeddings and their HNSW index";

    /**
     * SHA-256 over the upgrade and downgrade statements.
     */
    public static final String CHECKSUM = "sha256:3f0a0fe74aee190fb61badd9cd9074f896d3d45dec247e702bbb204dabfe1538";

    /**
     * SHA-256 over the parent's chain checksum and {@link #CHECKSUM}: proves the chain up to here.
     */
    public static final String CHAIN_CHECKSUM = "sha256:02625bd837bdee10d1566c892a13d27b9bda9ea27a7a00241398bf8c58381f4f";

    private static final List<MigrationStep> UPGRADE_STEPS = List.of(
        MigrationStep.transactional("CREATE EXTENSION IF NOT EXISTS vector")
                .createsExtension("vector"),
        MigrationStep.transactional("ALTER TABLE documents ADD COLUMN embedding vector(3)"),
        MigrationStep.rerunnable("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding ON documents USING hnsw (embedding vector_cosine_ops) WITH (ef_construction = 64, m = 16)")
                .buildsIndex("ix_documents_embedding"));

    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(
        MigrationStep.transactional("ALTER TABLE documents DROP COLUMN embedding"),
        MigrationStep.rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_documents_embedding")
                .buildsIndex("ix_documents_embedding"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Optional<String> parentId() {
        return Optional.of(PARENT_ID);
    }

    @Override
    public String message() {
        return MESSAGE;
    }

    @Override
    public String checksum() {
        return CHECKSUM;
    }

    @Override
    public String chainChecksum() {
        return CHAIN_CHECKSUM;
    }

    @Override
    public List<MigrationStep> upgradeSteps() {
        return UPGRADE_STEPS;
    }

    @Override
    public List<MigrationStep> downgradeSteps() {
        return DOWNGRADE_STEPS;
    }
}
