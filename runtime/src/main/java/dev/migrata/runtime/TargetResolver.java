package dev.migrata.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns a target ({@code head}, {@code base}, {@code +N}, {@code -N}, a revision id or a unique id
 * prefix) into a level: the number of chain revisions applied when the target is reached.
 */
final class TargetResolver {

    private final String chainName;
    private final List<Migration> chain;

    TargetResolver(String chainName, List<Migration> chain) {
        this.chainName = chainName;
        this.chain = chain;
    }

    /** Whether the target's level depends on the database's current revision. */
    static boolean isRelative(String target) {
        String t = target.trim();
        return t.startsWith("+") || t.startsWith("-");
    }

    /** Resolves a target that does not depend on the current revision. */
    int absoluteLevel(String target) {
        String t = target.trim();
        if (t.equalsIgnoreCase("head")) {
            return chain.size();
        }
        if (t.equalsIgnoreCase("base")) {
            return 0;
        }
        if (isRelative(t)) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_TARGET,
                    "A relative target (" + t + ") needs a database; name a revision instead");
        }
        return levelOfRevision(t, "head, base, +N, -N");
    }

    /**
     * The revision {@code name} names: {@code head}, an id or a unique prefix of one; as targets
     * resolve, but only what names one revision.
     */
    Migration revision(String name) {
        String t = name.trim();
        if (t.equalsIgnoreCase("head")) {
            return chain.get(chain.size() - 1);
        }
        return chain.get(levelOfRevision(t, "head") - 1);
    }

    /** The level of the revision with this id or unique id prefix; the errors name {@code alternatives}. */
    private int levelOfRevision(String t, String alternatives) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).id().equals(t)) {
                return i + 1;
            }
        }
        List<Integer> matches = new java.util.ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (!t.isEmpty() && chain.get(i).id().startsWith(t)) {
                matches.add(i + 1);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new MigrationException(
                    MigrationException.Reason.UNKNOWN_TARGET,
                    "No revision '" + t + "' in chain " + chainName + "; its revisions are "
                            + chain.stream().map(Migration::id).collect(Collectors.joining(", "))
                            + " (or use " + alternatives + ")");
        }
        throw new MigrationException(
                MigrationException.Reason.AMBIGUOUS_TARGET,
                "Revision prefix '" + t + "' is ambiguous in chain " + chainName + ": it matches "
                        + matches.stream()
                                .map(level -> chain.get(level - 1).id())
                                .collect(Collectors.joining(", "))
                        + "; give more of the id");
    }

    /** Resolves any target against the current level. */
    int level(String target, int currentLevel) {
        String t = target.trim();
        if (!isRelative(t)) {
            return absoluteLevel(t);
        }
        int level = currentLevel + relativeAmount(t);
        if (level < 0 || level > chain.size()) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_TARGET,
                    "Relative target " + t + " goes past the " + (level < 0 ? "base" : "head") + " of chain "
                            + chainName
                            + ": the database is at " + describe(currentLevel) + ", " + currentLevel + " of "
                            + chain.size()
                            + " revisions applied");
        }
        return level;
    }

    /** The signed number of revisions a relative target ({@code +N}, {@code -N}) moves by. */
    static int relativeAmount(String target) {
        String t = target.trim();
        try {
            int steps = Integer.parseInt(t.substring(1));
            return t.startsWith("+") ? steps : -steps;
        } catch (NumberFormatException e) {
            throw new MigrationException(
                    MigrationException.Reason.UNKNOWN_TARGET,
                    "Relative target '" + t + "' must be +N or -N with N a number");
        }
    }

    /**
     * Resolves a typed revision constant, which must be this chain's revision of that id. Searched
     * from the head back: targets are mostly recent, and a generated chain then creates only the
     * newest of its revisions.
     */
    int level(Migration revision) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            Migration candidate = chain.get(i);
            if (candidate.id().equals(revision.id())) {
                if (!candidate.checksum().equals(revision.checksum())) {
                    throw new MigrationException(
                            MigrationException.Reason.UNKNOWN_TARGET,
                            "Revision " + revision.id() + " given as target is not the one in chain " + chainName
                                    + " (checksum " + revision.checksum() + " vs " + candidate.checksum() + ")");
                }
                return i + 1;
            }
        }
        throw new MigrationException(
                MigrationException.Reason.UNKNOWN_TARGET,
                "Revision " + revision.id() + " given as target does not belong to chain " + chainName);
    }

    String describe(int level) {
        return level == 0 ? "base" : chain.get(level - 1).id();
    }
}
