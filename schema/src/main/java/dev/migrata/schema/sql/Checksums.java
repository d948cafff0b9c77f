package dev.migrata.schema.sql;

import dev.migrata.schema.model.Names;
import java.util.List;

/**
 * The checksums a database stores for each applied revision. The revision checksum covers every
 * statement and whether it runs in the transaction; the chain checksum folds in the parent's chain
 * checksum, so the newest applied row alone proves the whole prefix of the chain.
 */
public final class Checksums {

    private static final String PREFIX = "sha256:";

    private Checksums() {}

    /**
     * {@code "sha256:"} + hex of SHA-256 over UTF-8 of, for each upgrade statement in order,
     * {@code "up" + (transactional ? "" : " nontx") + (group > 1 ? " group " + group : "") + (rerunnable ?
     * " rerunnable" : "") + (index != null ? " index " + index : "") + (extension != null ? " extension "
     * + extension : "") + "\n" + sql + "\n\u0000"}, then the same with {@code "down"} for each
     * downgrade statement. A fact at its default (first group, not re-runnable, no index, no
     * extension) adds nothing, so files written before steps carried those facts keep their
     * checksums. What a step locks and the warnings above it are commentary and count for nothing.
     */
    public static String revision(List<SqlStatement> upgrade, List<SqlStatement> downgrade) {
        return revision(upgrade, downgrade, null);
    }

    /**
     * As {@link #revision(List, List)}, followed, when the revision's file lists a Java step, by
     * {@code "java " + dataMigrationClass + "\n\u0000"}: the class that runs is part of what was
     * reviewed and applied.
     *
     * @param dataMigrationClass the qualified name of the {@code DataMigration} class the file lists,
     *     or {@code null} when it lists none (always so in files written before format 1)
     */
    public static String revision(List<SqlStatement> upgrade, List<SqlStatement> downgrade, String dataMigrationClass) {
        StringBuilder text = new StringBuilder();
        append(text, "up", upgrade);
        append(text, "down", downgrade);
        if (dataMigrationClass != null) {
            text.append("java ").append(dataMigrationClass).append("\n\u0000");
        }
        return PREFIX + Names.sha256Hex(text.toString());
    }

    /**
     * {@code "sha256:"} + hex of SHA-256 over UTF-8 of
     * {@code (parentChainChecksum == null ? "" : parentChainChecksum) + "\n" + revisionChecksum}.
     *
     * @param parentChainChecksum the parent's chain checksum, {@code null} for the root revision
     */
    public static String chain(String parentChainChecksum, String revisionChecksum) {
        String parent = parentChainChecksum == null ? "" : parentChainChecksum;
        return PREFIX + Names.sha256Hex(parent + "\n" + revisionChecksum);
    }

    private static void append(StringBuilder text, String direction, List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            text.append(direction)
                    .append(statement.transactional() ? "" : " nontx")
                    .append(statement.group() > SqlStatement.FIRST_GROUP ? " group " + statement.group() : "")
                    .append(statement.rerunnable() ? " rerunnable" : "")
                    .append(statement.index() != null ? " index " + statement.index() : "")
                    .append(statement.extension() != null ? " extension " + statement.extension() : "")
                    .append('\n')
                    .append(statement.sql())
                    .append("\n\u0000");
        }
    }
}
