package dev.migrata.processor.validate;

import dev.migrata.processor.read.ChainView;
import dev.migrata.processor.read.RevisionFileState;
import dev.migrata.processor.read.RevisionRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.sql.SqlFragments;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

    /** Duplicate ids within the chain. */
    public static List<Problem> validateChain(ChainView chain) {
        List<Problem> problems = new ArrayList<>();
        Map<String, RevisionRead> byId = new HashMap<>();
        for (RevisionRead revision : chain.revisions()) {
            RevisionRead first = byId.putIfAbsent(revision.id(), revision);
            if (first != null) {
                problems.add(Problems.duplicateRevisionId(
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
            problems.add(Problems.sqlCannotRunInTransaction(sql.origin(), attribute, revisionId, found));
        }
    }

    /** The revision's own problems: its id and its directives. */
    public static List<Problem> validateRevision(RevisionRead revision) {
        List<Problem> problems = new ArrayList<>(SqlValueValidator.validate(revision.sqlValues()));
        if (!RevisionRead.isValidId(revision.id())) {
            problems.add(Problems.invalidRevisionId(
                    revision.idOrigin(), revision.id(), revision.simpleName(), suggestedId(revision.id())));
        }
        for (Directive directive : revision.directives()) {
            if (directive instanceof Directive.Sql sql && sql.up().isBlank()) {
                problems.add(Problems.sqlUpEmpty(sql.origin(), revision.id()));
            }
            if (directive instanceof Directive.Sql sql && revision.transactional()) {
                noTransactionOnlyStatement(sql, "up", sql.up(), revision.id(), problems);
                noTransactionOnlyStatement(sql, "down", sql.down(), revision.id(), problems);
            }
            for (String[] name : names(directive)) {
                String reason = IdentifierValidator.invalidReason(name[1]);
                if (reason != null) {
                    problems.add(Problems.directiveNameInvalid(
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
            if (siblings.size() >= 2) {
                Fork fork = new Fork(siblings, children, chainOf, visible);
                fork.report(problems);
                fork.resolved().forEach(r -> reported.add(r.className()));
            }
        }

        // A chain that stops before a root (a parent that is not a revision, does not resolve, or closes
        // a cycle) was reported where it breaks; the revisions behind the break are its consequence, not
        // more errors, and once the parent is fixed a really unreachable revision is reported.
        boolean chainBroken = chains.stream()
                .anyMatch(c -> c.revisions().isEmpty() || !c.revisions().get(0).isRoot());
        if (chainBroken) {
            return problems;
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
                problems.add(Problems.secondRoot(
                        revision.origin(),
                        revision.id(),
                        revision.simpleName(),
                        rootedChain.schemaName(),
                        root.id(),
                        root.simpleName(),
                        head(rootedChain).simpleName()));
            }
        }
        for (RevisionRead revision : visible.values()) {
            if (!chainOf.containsKey(revision.className()) && reported.add(revision.className())) {
                problems.add(Problems.revisionUnreachable(revision.origin(), revision.id(), revision.simpleName()));
            }
        }
        return problems;
    }

    private static RevisionRead head(ChainView chain) {
        return chain.revisions().get(chain.revisions().size() - 1);
    }

    /**
     * Revisions naming the same parent, and which of them to move. The one to move is the one not yet
     * part of the history the others share: (a) a revision followed by one whose files exist stays;
     * else (b) one without files yet moves; else (c) the one whose files were written last moves. When
     * none of that decides, the one on a schema's chain stays.
     */
    private static final class Fork {

        private final List<RevisionRead> siblings;
        private final Map<String, List<RevisionRead>> children;
        private final Map<String, ChainView> chainOf;
        private final Map<String, RevisionRead> visible;
        private final RevisionFileState.Lookup files;
        private final RevisionRead kept;
        /** The revision after the kept one whose files exist, when that decided; else {@code null}. */
        private final RevisionRead followedBy;

        Fork(
                List<RevisionRead> siblings,
                Map<String, List<RevisionRead>> children,
                Map<String, ChainView> chainOf,
                Map<String, RevisionRead> visible) {
            this.siblings = siblings;
            this.children = children;
            this.chainOf = chainOf;
            this.visible = visible;
            ChainView chain = chainOf.get(siblings.get(0).parentClassName());
            if (chain == null) {
                chain = siblings.stream()
                        .map(s -> chainOf.get(s.className()))
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
            }
            this.files = chain == null ? RevisionFileState.Lookup.NONE : chain.files();
            Map<RevisionRead, RevisionRead> followed = new LinkedHashMap<>();
            for (RevisionRead sibling : siblings) {
                RevisionRead descendant = descendantWithFiles(sibling);
                if (descendant != null) {
                    followed.put(sibling, descendant);
                }
            }
            if (followed.size() == 1) {
                this.kept = followed.keySet().iterator().next();
                this.followedBy = followed.get(kept);
                return;
            }
            this.followedBy = null;
            List<RevisionRead> candidates = followed.isEmpty() ? siblings : List.copyOf(followed.keySet());
            // Oldest files first, revisions without files last; among equals, a chain's revision first.
            Comparator<RevisionRead> order = Comparator.comparing((RevisionRead r) -> !state(r).exists())
                    .thenComparingLong(r -> state(r).lastModified())
                    .thenComparing(r -> !chainOf.containsKey(r.className()));
            this.kept = candidates.stream().min(order).orElseThrow();
        }

        List<RevisionRead> movers() {
            return siblings.stream().filter(s -> s != kept).toList();
        }

        /**
         * The revisions the fix puts on one line: the moved ones and the line that stays, which is not
         * reachable from the head yet when the head is on the moved line. They need no other message.
         */
        List<RevisionRead> resolved() {
            List<RevisionRead> resolved = new ArrayList<>(movers());
            RevisionRead revision = kept;
            resolved.add(revision);
            List<RevisionRead> next = children.getOrDefault(revision.className(), List.of());
            while (next.size() == 1) {
                revision = next.get(0);
                resolved.add(revision);
                next = children.getOrDefault(revision.className(), List.of());
            }
            return resolved;
        }

        void report(List<Problem> problems) {
            RevisionRead keptLast = lastOfLine(kept);
            for (RevisionRead mover : movers()) {
                problems.add(Problems.revisionFork(
                        mover.parentOrigin(),
                        mover.id(),
                        mover.simpleName(),
                        kept.id(),
                        kept.simpleName(),
                        mover.parent().getSimpleName(),
                        whyKept(mover),
                        "'" + keptLast.id() + "' (" + keptLast.simpleName() + ")",
                        steps(mover, keptLast)));
            }
        }

        private String whyKept(RevisionRead mover) {
            if (followedBy != null) {
                return "'" + followedBy.id() + "' (" + followedBy.simpleName()
                        + "), whose files exist, already follows it";
            }
            RevisionFileState keptFiles = state(kept);
            RevisionFileState moverFiles = state(mover);
            if (keptFiles.exists() && !moverFiles.exists()) {
                return "its files exist, while '" + mover.id() + "' has none yet";
            }
            if (keptFiles.exists()) {
                return "its files are not newer than those of '" + mover.id() + "'";
            }
            return chainOf.containsKey(kept.className())
                    ? "neither has files yet, and it is on the chain of @Schema(head)"
                    : "neither has files yet, and its class name comes first";
        }

        /** The numbered steps that move {@code mover} after {@code keptLast}, one per line. */
        private String steps(RevisionRead mover, RevisionRead keptLast) {
            List<String> steps = new ArrayList<>();
            RevisionFileState moverFiles = state(mover);
            if (moverFiles.exists()) {
                RevisionRead parent = visible.get(mover.parentClassName());
                steps.add("if no database applied '" + mover.id() + "', delete its files " + moverFiles.sqlFile()
                        + " and " + moverFiles.snapshotFile() + " (a database that applied it must first be"
                        + " downgraded to '" + (parent == null ? mover.parent().getSimpleName() : parent.id())
                        + "')");
            }
            steps.add("change its parent to " + keptLast.simpleName() + ": @Revision(id = \"" + mover.id()
                    + "\", parent = " + keptLast.simpleName() + ".class, ...) on " + mover.simpleName());
            boolean headInKeptLine = chainOf.containsKey(kept.className()) && !chainOf.containsKey(mover.className());
            if (headInKeptLine) {
                RevisionRead moverLast = lastOfLine(mover);
                steps.add("point the schema's head at it: @Schema(head = " + moverLast.simpleName() + ".class, ...)");
            }
            steps.add("compile again");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                text.append(i == 0 ? "" : "\n")
                        .append("  ")
                        .append(i + 1)
                        .append(". ")
                        .append(steps.get(i));
                text.append(i + 1 < steps.size() ? ";" : ".");
            }
            return text.toString();
        }

        private RevisionFileState state(RevisionRead revision) {
            return files.of(revision.id());
        }

        /** The first revision after {@code revision} (depth first, by class name) whose files exist. */
        private RevisionRead descendantWithFiles(RevisionRead revision) {
            for (RevisionRead child : children.getOrDefault(revision.className(), List.of())) {
                if (state(child).exists()) {
                    return child;
                }
                RevisionRead deeper = descendantWithFiles(child);
                if (deeper != null) {
                    return deeper;
                }
            }
            return null;
        }

        /** The last revision of the line that starts at {@code revision}: its chain's head, or its only descendants'. */
        private RevisionRead lastOfLine(RevisionRead revision) {
            ChainView chain = chainOf.get(revision.className());
            if (chain != null) {
                return head(chain);
            }
            RevisionRead last = revision;
            List<RevisionRead> next = children.getOrDefault(last.className(), List.of());
            while (next.size() == 1) {
                last = next.get(0);
                next = children.getOrDefault(last.className(), List.of());
            }
            return last;
        }
    }

    private static String suggestedId(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9_.-]", "_");
        if (cleaned.isEmpty()) {
            return "001_initial_schema";
        }
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }
}
