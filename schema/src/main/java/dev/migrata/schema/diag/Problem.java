package dev.migrata.schema.diag;

import dev.migrata.schema.model.Origin;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One finding of a stage: a catalogue message, its arguments and where it belongs. Stages return
 * problems; only the processor's reporter prints them. Problems are made by the typed factories of
 * {@link Problems}, one per message, so that every message gets the arguments its text needs.
 */
public final class Problem {

    private final Message message;
    private final Origin origin;
    private final List<Object> args;

    private Problem(Message message, Origin origin, List<Object> args) {
        this.message = Objects.requireNonNull(message, "message");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.args = args;
    }

    /**
     * The problem of {@code message} with its arguments in template order; for {@link Problems}
     * only. A {@code null} argument (an exception without a message) prints as {@code null} instead
     * of failing.
     */
    static Problem rendered(Message message, Origin origin, Object... args) {
        return new Problem(message, origin, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }

    /** The catalogue entry. */
    public Message message() {
        return message;
    }

    /** Where javac should point; {@link Origin#NONE} means "the head revision". */
    public Origin origin() {
        return origin;
    }

    /** The arguments in template order, for the catalogue's own checks. */
    List<Object> arguments() {
        return args;
    }

    /** The same problem pointing at another place. */
    public Problem at(Origin elsewhere) {
        return new Problem(message, elsewhere, args);
    }

    /** Whether it stops generation. */
    public boolean isError() {
        return message.kind() == Message.Kind.ERROR;
    }

    /** The full text: {@code [MIG123] what is wrong. Fix: ...}. */
    public String text() {
        return message.format(args.toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem that
                && message == that.message
                && origin.equals(that.origin)
                && args.equals(that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(message, origin, args);
    }

    @Override
    public String toString() {
        return text();
    }
}
