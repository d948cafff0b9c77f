package dev.migrata.runtime;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The messages of an exception and of everything attached to it (causes, suppressed exceptions,
 * the chained exceptions of a {@link SQLException}), and copies of it with those messages
 * rewritten: how a password that a driver put into a message is taken out before the exception
 * reaches the application.
 */
final class ThrowableText {

    private ThrowableText() {}

    /** Whether any message of the exception or of anything attached to it satisfies the test. */
    static boolean anyMessage(Throwable thrown, Predicate<String> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(thrown);
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (next.getMessage() != null && test.test(next.getMessage())) {
                return true;
            }
            attached(next, pending);
        }
        return false;
    }

    /** A copy with every message rewritten; stack traces are kept. */
    static SQLException scrubbed(SQLException thrown, UnaryOperator<String> rewrite) {
        return (SQLException) copy(thrown, rewrite, new IdentityHashMap<>());
    }

    /** A copy with every message rewritten; stack traces and the reason are kept. */
    static MigrationException scrubbed(MigrationException thrown, UnaryOperator<String> rewrite) {
        return (MigrationException) copy(thrown, rewrite, new IdentityHashMap<>());
    }

    private static void attached(Throwable thrown, Deque<Throwable> into) {
        if (thrown.getCause() != null) {
            into.push(thrown.getCause());
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            into.push(suppressed);
        }
        if (thrown instanceof SQLException && ((SQLException) thrown).getNextException() != null) {
            into.push(((SQLException) thrown).getNextException());
        }
    }

    private static Throwable copy(Throwable thrown, UnaryOperator<String> rewrite, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(thrown);
        if (done != null) {
            return done;
        }
        String message = thrown.getMessage() == null ? null : rewrite.apply(thrown.getMessage());
        Throwable copy;
        if (thrown instanceof MigrationException) {
            copy = new MigrationException(((MigrationException) thrown).reason(), message);
        } else if (thrown instanceof SQLException) {
            SQLException sql = (SQLException) thrown;
            copy = new SQLException(message, sql.getSQLState(), sql.getErrorCode());
        } else {
            copy = new Rewritten(thrown.getClass().getName(), message);
        }
        copies.put(thrown, copy);
        copy.setStackTrace(thrown.getStackTrace());
        if (thrown.getCause() != null && thrown.getCause() != thrown) {
            copy.initCause(copy(thrown.getCause(), rewrite, copies));
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, rewrite, copies));
        }
        if (thrown instanceof SQLException && ((SQLException) thrown).getNextException() != null) {
            ((SQLException) copy)
                    .setNextException((SQLException) copy(((SQLException) thrown).getNextException(), rewrite, copies));
        }
        return copy;
    }

    /** Stands in for an exception of another type, under that type's name. */
    private static final class Rewritten extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String originalType;

        Rewritten(String originalType, String message) {
            super(message);
            this.originalType = originalType;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalType : originalType + ": " + getMessage();
        }
    }
}
