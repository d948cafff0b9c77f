package dev.migrata.processor.validate;

import dev.migrata.processor.read.RevisionRead;
import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.sql.SqlFragments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks revision chains: ids (format, uniqueness), directives, and, in a full build where every
 * {@code @Revision} class is visible, the shape of the graph (one root, no fork, nothing
 * unreachable). Cycles and parents that are not revisions are found while the chain is followed.
 */
public final class RevisionChainValidator {

    private static final Pattern REVISION_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    /**
     * Statements PostgreSQL refuses inside a transaction block, looked for in the code of an
     * {@code @Sql} text (literals and comments blanked), so the mistake fails javac instead of the
     * deployment.
     */
    private static final Pattern TRANSACTION_REFUSED =
            Pattern.compile("(?i)\\b(?:CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY|DROP\\s+INDEX\\s+CONCURRENTLY"
                    + "|REINDEX\\s+(?:\\(\\s*)?(?:CONCURRENTLY|(?:INDEX|TABLE|SCHEMA|DATABASE|SYSTEM)\\s+CONCURRENTLY)"
                    + "|VACUUM|CREATE\\s+DATABASE|DROP\\s+DATABASE|ALTER\\s+SYSTEM)\\b");

    private RevisionChainValidator() {}

    /**
     * A schema's chain, root first.
     *
     * @param schemaName the schema's name
     * @param revisions the revisions, root first
     */
    public record ChainView(String schemaName, List<RevisionRead> revisions) {

        /** Copies the list. */
        public ChainView {
            revisions = List.copyOf(revisions);
        }
    }

    /** Whether the id is a valid revision id. */
    public static boolean isValidId(String id) {
        return REVISION_ID.matcher(id).matches();
    }

    /** Duplicate ids within the chain. */
    public static List<Problem> validateChain(ChainView chain) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RevisionRead> byId = new HashMap<>();
        for (RevisionRead revision : chain.revisions()) {
            RevisionRead first = byId.putIfAbsent(revision.id(), revision);
            if (first != null) {
                problems.add(Problem.of(
                        Message.DUPLICATE_REVISION_ID,
                        revision.idOrigin(),
                        revision.id(),
                        first.simpleName(),
                        revision.simpleName(),
                        chain.schemaName(),
                        revision.id() + "_2"));
            }
        }
        return problems;
    }

    /** Reports an {@code @Sql} text that runs a statement PostgreSQL refuses inside a transaction block. */
    private static void noTransactionOnlyStatement(
            Directive.Sql sql, String attribute, String text, String revisionId, List<Problem> problems) {
        if (text == null) {
            return;
        }
        Matcher statement = TRANSACTION_REFUSED.matcher(SqlFragments.codeOnly(text));
        if (statement.find()) {
            String found = statement.group().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
            problems.add(Problem.of(Message.SQL_CANNOT_RUN_IN_TRANSACTION, sql.origin(), attribute, revisionId, found));
        }
    }

    /** The revision's own problems: its id and its directives. */
    public static List<Problem> validateRevision(RevisionRead revision) {
        List<Problem> problems = new ArrayList<>(SqlValueValidator.validate(revision.sqlValues()));
        if (!isValidId(revision.id())) {
            problems.add(Problem.of(
                    Message.INVALID_REVISION_ID,
                    revision.idOrigin(),
                    revision.id(),
                    revision.simpleName(),
                    suggestedId(revision.id())));
        }
        for (Directive directive : revision.directives()) {
            if (directive instanceof Directive.Sql sql && sql.up().isBlank()) {
                problems.add(Problem.of(Message.SQL_UP_EMPTY, sql.origin(), revision.id()));
            }
            if (directive instanceof Directive.Sql sql && revision.transactional()) {
                noTransactionOnlyStatement(sql, "up", sql.up(), revision.id(), problems);
                noTransactionOnlyStatement(sql, "down", sql.down(), revision.id(), problems);
            }
            for (String[] name : names(directive)) {
                String reason = IdentifierValidator.invalidReason(name[1]);
                if (reason != null) {
                    problems.add(Problem.of(
                            Message.DIRECTIVE_NAME_INVALID,
                            directive.origin(),
                            directive.getClass().getSimpleName(),
                            revision.id(),
                            name[0],
                            name[1],
                            reason,
                            name[0] + "_name"));
                }
            }
        }
        return problems;
    }

    /** {kind, name} pairs of the table and column names a directive gives. */
    private static List<String[]> names(Directive directive) {
        if (directive instanceof Directive.RenameTable d) {
            return List.of(new String[] {"table", d.from()}, new String[] {"table", d.to()});
        }
        if (directive instanceof Directive.RenameColumn d) {
            return List.of(
                    new String[] {"table", d.table()}, new String[] {"column", d.from()}, new String[] {"column", d.to()
                    });
        }
        if (directive instanceof Directive.DropTable d) {
            return List.<String[]>of(new String[] {"table", d.table()});
        }
        if (directive instanceof Directive.DropColumn d) {
            return List.of(new String[] {"table", d.table()}, new String[] {"column", d.column()});
        }
        if (directive instanceof Directive.ChangeType d) {
            return List.of(new String[] {"table", d.table()}, new String[] {"column", d.column()});
        }
        return List.of();
    }

    /**
     * The graph checks of a full build: a second root, a fork, a revision no head reaches.
     *
     * @param chains every schema's chain in this compilation
     * @param inRound every {@code @Revision} class of this round's sources
     */
    public static List<Problem> validateGraph(List<ChainView> chains, List<RevisionRead> inRound) {
        List<Problem> problems = new ArrayList<>();
        Map<String, ChainView> chainOf = new HashMap<>();
        Map<String, RevisionRead> visible = new LinkedHashMap<>();
        for (ChainView chain : chains) {
            for (RevisionRead revision : chain.revisions()) {
                chainOf.putIfAbsent(revision.className(), chain);
                visible.putIfAbsent(revision.className(), revision);
            }
        }
        inRound.stream()
                .sorted(Comparator.comparing(RevisionRead::className))
                .forEach(r -> visible.putIfAbsent(r.className(), r));
        Set<String> reported = new HashSet<>();

        Map<String, List<RevisionRead>> children = new TreeMap<>();
        for (RevisionRead revision : visible.values()) {
            if (revision.parentClassName() != null) {
                children.computeIfAbsent(revision.parentClassName(), k -> new ArrayList<>())
                        .add(revision);
            }
        }
        for (List<RevisionRead> siblings : children.values()) {
            if (siblings.size() < 2) {
                continue;
            }
            RevisionRead kept = siblings.stream()
                    .filter(r -> chainOf.containsKey(r.className()))
                    .findFirst()
                    .orElse(siblings.get(0));
            String newParent = chainOf.containsKey(kept.className())
                    ? head(chainOf.get(kept.className())).simpleName()
                    : kept.simpleName();
            for (RevisionRead sibling : siblings) {
                if (sibling == kept || chainOf.containsKey(sibling.className())) {
                    continue;
                }
                reported.add(sibling.className());
                problems.add(Problem.of(
                        Message.REVISION_FORK,
                        sibling.parentOrigin(),
                        sibling.id(),
                        sibling.simpleName(),
                        kept.id(),
                        kept.simpleName(),
                        sibling.parent().getSimpleName(),
                        sibling.id(),
                        newParent));
            }
        }

        ChainView rootedChain = chains.stream()
                .filter(c -> !c.revisions().isEmpty() && c.revisions().get(0).isRoot())
                .findFirst()
                .orElse(null);
        for (RevisionRead revision : visible.values()) {
            if (revision.isRoot()
                    && !chainOf.containsKey(revision.className())
                    && rootedChain != null
                    && reported.add(revision.className())) {
                RevisionRead root = rootedChain.revisions().get(0);
                problems.add(Problem.of(
                        Message.SECOND_ROOT,
                        revision.origin(),
                        revision.id(),
                        revision.simpleName(),
                        rootedChain.schemaName(),
                        root.id(),
                        root.simpleName(),
                        revision.id(),
                        head(rootedChain).simpleName()));
            }
        }
        for (RevisionRead revision : visible.values()) {
            if (!chainOf.containsKey(revision.className()) && reported.add(revision.className())) {
                problems.add(Problem.of(
                        Message.REVISION_UNREACHABLE,
                        revision.origin(),
                        revision.id(),
                        revision.simpleName(),
                        revision.simpleName()));
            }
        }
        return problems;
    }

    private static RevisionRead head(ChainView chain) {
        return chain.revisions().get(chain.revisions().size() - 1);
    }

    private static String suggestedId(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (cleaned.isEmpty()) {
            return "001_initial_schema";
        }
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
